/** The facts a reader needs to judge the figures: the machine, the runtime and its load. */
import * as os from "node:os";
import { megabytes } from "./format";

export function machineFacts(): string[] {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return [
    `machine: ${cpus.length} CPUs (${model}), ${megabytes(os.totalmem())} RAM, ${os.platform()} ${os.arch()} ${os.release()}`,
    `runtime: node ${process.version}, V8 ${process.versions.v8}`,
  ];
}

/** "load average 1.02 0.87 0.65 (1, 5, 15 min)". */
export function loadAverage(): string {
  return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (1, 5, 15 min) on ${os.cpus().length} CPUs`;
}
