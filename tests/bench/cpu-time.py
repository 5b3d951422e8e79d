#!/usr/bin/env python3
# Runs a command and prints its wall time and the CPU time (user, system) of it and of every process under it, summed by
# polling /proc every 0.2 s. For `dotnet test`, whose test host, Chromium, Java, git and node run as its descendants:
# /usr/bin/time counts only the children that were waited for, and on this machine it missed the test host in some runs.
#   tests/bench/cpu-time.py dotnet test --filter "Category!=Slow"
import os, subprocess, sys, time

tick = os.sysconf("SC_CLK_TCK")


def descendants(root):
    """Each process under root (and root), with its user and system ticks so far."""
    stats = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(pid)] = (int(fields[1]), int(fields[11]), int(fields[12]))
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, (parent, _, _) in stats.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return {pid: stats[pid][1:] for pid in tree if pid in stats}


started = time.time()
command = subprocess.Popen(sys.argv[1:])
seen = {}
while command.poll() is None:
    seen.update(descendants(command.pid))
    time.sleep(0.2)
user = sum(u for u, _ in seen.values()) / tick
system = sum(s for _, s in seen.values()) / tick
print(f"wall {time.time() - started:.1f} s, CPU {user + system:.1f} s (user {user:.1f} s, system {system:.1f} s)", file=sys.stderr)
sys.exit(command.returncode)
