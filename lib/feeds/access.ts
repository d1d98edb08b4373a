import "server-only";
import { authenticateToken, type TokenOwner } from "@/lib/tokens/tokens";
import { consumeRate, type RateLimit } from "@/lib/tokens/rate-limit";
import { problem } from "@/lib/api/problem";

// Who a feed's address belongs to. A feed reader or calendar program cannot send a header, so a
// feed's secret is in its address: a personal feed token, kept hashed, revocable at once, that
// reads what its owner may read and stops when its owner is deactivated.

/** Feed readers and calendar programs poll every few minutes at most; this leaves room for many on one token. */
export const FEED_RATE: RateLimit = { limit: 60, windowSeconds: 60 };

/** The owner of the address's feed token, or the 401 / 429 problem to answer instead. */
export async function feedOwner(url: URL, rate: RateLimit = FEED_RATE): Promise<TokenOwner | Response> {
  const owner = await authenticateToken(url.searchParams.get("token") ?? "", "FEED");
  if (!owner)
    return problem(
      401,
      "Unauthorized",
      "This feed's address is not valid: its token may have been revoked or have expired.",
    );
  const decision = await consumeRate(`feed:${owner.tokenId}`, rate);
  if (!decision.allowed)
    return problem(429, "Too Many Requests", `At most ${rate.limit} requests a minute per feed token.`, {
      headers: { "Retry-After": String(decision.retryAfterSeconds) },
    });
  return owner;
}

export const FEED_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
