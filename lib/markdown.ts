// Markdown made from records: their text escaped so it cannot turn into markup, links kept intact.

export const escapeMarkdown = (value: string) => value.replace(/([\\`*_[\]<>|~])/g, "\\$1").replace(/\r?\n/g, " ");

export const markdownLink = (text: string, url: string) =>
  `[${escapeMarkdown(text)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
