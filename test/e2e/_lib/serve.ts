/**
 * A tiny static file server over dist/ for the end-to-end tests: 127.0.0.1, a free port chosen by
 * the OS, GET/HEAD only, no directory listings, nothing outside the root.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly origin: string;
  close(): Promise<void>;
}

/** The built pane: dist/ at the repository root. */
export const DIST_DIR = path.resolve(__dirname, "../../../dist");

/** Throws a clear message when the pane has not been built. */
export function requireBuiltPane(root: string = DIST_DIR): void {
  const html = path.join(root, "taskpane.html");
  if (!fs.existsSync(html) || !fs.existsSync(path.join(root, "taskpane.js"))) {
    throw new Error(`The built task pane is missing (${html}): run npm run build first.`);
  }
}

export function serveStatic(root: string = DIST_DIR): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const send = (status: number, text: string): void => {
      response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(text);
    };
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "Method not allowed");
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      return send(400, "Bad request");
    }
    if (pathname.endsWith("/")) pathname += "taskpane.html";
    const file = path.resolve(base, "." + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) return send(403, "Forbidden");
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) return send(404, "Not found");
      response.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
      });
      if (request.method === "HEAD") return response.end();
      fs.createReadStream(file).pipe(response);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
