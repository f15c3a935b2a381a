/**
 * Resident memory of a process with all its descendants (a build spawns workers), read
 * from /proc, and its peak while a command runs.
 */
import fs from "node:fs";

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 2nd field after the command name, which may hold spaces.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      byParent.set(parent, [...(byParent.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function rss(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Bytes resident in `root` and every process below it, now. */
export function treeRss(root: number): number {
  const byParent = children();
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rss(pid);
    queue.push(...(byParent.get(pid) ?? []));
  }
  return total;
}

/** Samples a process tree's memory every `interval` ms; `stop()` gives the peak in bytes. */
export function watchPeak(root: number, interval = 200): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(root))), interval);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
