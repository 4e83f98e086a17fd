"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const path = __importStar(require("path"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js");
describe("webpack.config.js", () => {
    it("rewrites every dev URL in the manifest, not only the first", () => {
        const manifest = '<a href="https://localhost:3000/taskpane.html"/><b v="https://localhost:3000/functions.js"/>';
        expect(config.rewriteUrls(manifest, "https://example.com/ar")).toBe('<a href="https://example.com/ar/taskpane.html"/><b v="https://example.com/ar/functions.js"/>');
        expect(config.rewriteUrls(manifest, undefined)).toBe(manifest);
    });
    it("builds the pane and the functions as separate, self-contained entries into dist/", async () => {
        const built = await config({ WEBPACK_BUILD: true }, { mode: "production" });
        expect(built.entry).toEqual({ taskpane: "./src/taskpane/index.tsx", functions: ["./src/functions/functions.ts"] });
        expect(built.output.path).toBe(path.resolve(__dirname, "../../dist"));
        expect(built.optimization.splitChunks.chunks).toBe("async"); // only import() splits
        const html = built.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin");
        expect(html.userOptions.chunks).toEqual(["functions", "taskpane"]);
    });
    it("serves over https with a dev certificate, else http, on port 3000", async () => {
        process.env.AR_DESK_HTTP = "1";
        try {
            const served = await config({ WEBPACK_SERVE: true }, { mode: "development" });
            expect(served.devServer.port).toBe(3000);
            expect(served.devServer.server).toEqual({ type: "http" });
        }
        finally {
            delete process.env.AR_DESK_HTTP;
        }
    });
});
