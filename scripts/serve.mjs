// Serves the built app (`npm start`): Next.js's own request handler behind a plain Node server,
// which only adds one thing `next start` cannot: the address of the socket the request came in
// on, as the x-parley-peer header (overwriting anything a client sent under that name). Without
// it a client-sent X-Forwarded-For would be all Parley knew of the client (lib/auth/client-ip.ts).
// Usage: node scripts/serve.mjs [--hostname 127.0.0.1] [--port 3000]
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({ options: { hostname: { type: "string" }, port: { type: "string" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? "0.0.0.0";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
http
  .createServer((request, response) => {
    request.headers["x-parley-peer"] = request.socket.remoteAddress ?? "";
    void handle(request, response);
  })
  .listen(port, hostname, () =>
    console.log(`Parley is serving on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`),
  );
