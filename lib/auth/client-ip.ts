import { env } from "@/lib/env";

// Which address a request came from, for the sign-in throttle and the audit log. Forwarding
// headers are written by whoever sent the request, so they are believed only as far as the
// operator says proxies stand in front of Parley (PARLEY_TRUSTED_PROXIES); otherwise the answer
// is the socket's own address, which scripts/serve.mjs passes on as x-parley-peer.

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address. With N trusted proxies, each appends the address it received the request
 * from to X-Forwarded-For, so the client is the Nth address from the right of [...forwarded,
 * peer]; anything further left was written by the client and is ignored.
 */
export function clientIpFrom(headers: HeaderBag, trustedProxies = env().PARLEY_TRUSTED_PROXIES): string {
  const peer = header(headers, "x-parley-peer")?.trim() || "unknown";
  if (trustedProxies === 0) return peer.slice(0, 64);
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  const hops = [...forwarded, peer];
  return (hops[Math.max(0, hops.length - 1 - trustedProxies)] ?? peer).slice(0, 64);
}
