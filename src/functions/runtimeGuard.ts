/**
 * Outside Excel (the pane opened in a plain browser, or office.js blocked offline) there is no
 * custom-functions runtime, and the `CustomFunctions.associate` calls that the metadata loader
 * appends to functions.ts would throw on page load. Registering is pointless there, so a no-op
 * stands in; inside Excel office.js has already defined the real one and this does nothing.
 */
const host = globalThis as { CustomFunctions?: unknown };
if (typeof host.CustomFunctions === "undefined") {
  host.CustomFunctions = { associate: () => undefined };
}
export {};
