// The throughput ceiling: the smallest Node HTTP server that answers every request with the
// same bytes from memory (the page Next served), so both servers are measured alike.
// Usage: node scripts/bench/static-server.mjs FILE PORT [gzip]
// With "gzip", FILE holds compressed bytes and is sent as such (the ceiling for a cache that
// stores pages compressed, as the cluster's tier does).
import fs from "node:fs";
import http from "node:http";

const [file, port, encoding] = process.argv.slice(2);
const body = fs.readFileSync(file);
const headers = {
  "content-type": "text/html; charset=utf-8",
  "content-length": body.length,
  ...(encoding === "gzip" ? { "content-encoding": "gzip" } : {}),
};
http
  .createServer((request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log("ready"));
