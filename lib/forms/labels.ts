import type { z } from "zod";

/**
 * What a form and its conflict screen call each field: the titles its schema's fields were given
 * (lib/forms/fields.ts), read through refinements and intersections. Fields without one are left out.
 */
export function labelsOf(schema: z.ZodType): Record<string, string> {
  // By the schema's kind rather than `instanceof`: that would load zod into every page with a form.
  const def = schema._zod.def;
  if (def.type === "object") {
    return Object.fromEntries(
      Object.entries((schema as z.ZodObject).shape as Record<string, z.ZodType>).flatMap(([name, field]) => {
        const title = field.meta()?.title;
        return title ? [[name, title]] : [];
      }),
    );
  }
  if (def.type === "intersection") {
    const { left, right } = (schema as z.ZodIntersection)._zod.def;
    return { ...labelsOf(left as z.ZodType), ...labelsOf(right as z.ZodType) };
  }
  return {};
}
