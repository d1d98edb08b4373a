import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("with no trusted proxy, is the socket's address whatever X-Forwarded-For says", () => {
    expect(clientIpFrom({ "x-parley-peer": "203.0.113.7", "x-forwarded-for": "10.0.0.1" }, 0)).toBe("203.0.113.7");
    expect(
      clientIpFrom(
        new Headers({ "x-parley-peer": "203.0.113.7", "x-forwarded-for": "1.2.3.4, 5.6.7.8", "x-real-ip": "9.9.9.9" }),
        0,
      ),
    ).toBe("203.0.113.7");
  });

  it("with one trusted proxy, is the address that proxy appended, not what the client wrote before it", () => {
    // client 198.51.100.4 sent "X-Forwarded-For: 1.2.3.4"; the proxy (10.0.0.2) appended the client's address.
    const headers = { "x-parley-peer": "10.0.0.2", "x-forwarded-for": "1.2.3.4, 198.51.100.4" };
    expect(clientIpFrom(headers, 1)).toBe("198.51.100.4");
  });

  it("with two trusted proxies, skips both", () => {
    expect(clientIpFrom({ "x-parley-peer": "10.0.0.3", "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.2" }, 2)).toBe(
      "198.51.100.4",
    );
  });

  it("never goes further left than the list allows, and says unknown without a socket address", () => {
    expect(clientIpFrom({ "x-parley-peer": "10.0.0.2" }, 3)).toBe("10.0.0.2");
    expect(clientIpFrom({ "x-forwarded-for": "1.2.3.4" }, 0)).toBe("unknown");
  });

  it("a password spray with a new forged header each try still counts against one address", () => {
    const seen = new Set(
      Array.from({ length: 25 }, (_, i) =>
        clientIpFrom({ "x-parley-peer": "203.0.113.9", "x-forwarded-for": `10.9.${i}.1` }, 0),
      ),
    );
    expect([...seen]).toEqual(["203.0.113.9"]);
  });
});
