#!/usr/bin/env python3
"""LSP latency and memory, measured from the client side: a minimal LSP client (its own framing) drives `debrief lsp`.

Usage: bench/lsp_latency.py SERVER_BINARY DOCUMENT [--changes 200] [--pause-ms 200] [--edits 1000]

1. isolated edits: one incremental change (a word typed into the summary), then wait for publishDiagnostics of that
   version; time from writing the change to reading those diagnostics; a pause longer than the server's debounce
   interval between edits (an edit after a pause). Median, p95, max over --changes edits.
2. bursts: 20 keystrokes 10 ms apart, time from the last keystroke to the diagnostics of its version; 20 bursts.
3. memory: RSS of the server (VmRSS, VmHWM from /proc) after opening, and after --edits more incremental edits.
"""
import json, os, queue, statistics, subprocess, sys, threading, time


def main():
    args = sys.argv[1:]
    opts = {"--changes": 200, "--pause-ms": 200, "--edits": 1000}
    pos = []
    while args:
        a = args.pop(0)
        if a in opts:
            opts[a] = int(args.pop(0))
        else:
            pos.append(a)
    server, document = pos
    text = open(document, encoding="utf-8").read()
    proc = subprocess.Popen([server, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    inbox = queue.Queue()

    def reader():
        out = proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    inbox.put((time.perf_counter(), None))
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            body = out.read(length)
            inbox.put((time.perf_counter(), json.loads(body)))

    threading.Thread(target=reader, daemon=True).start()

    def send(message):
        body = json.dumps(message).encode("utf-8")
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        proc.stdin.flush()
        return time.perf_counter()

    def wait(pred, timeout=60):
        deadline = time.perf_counter() + timeout
        while True:
            t, m = inbox.get(timeout=max(0.001, deadline - time.perf_counter()))
            if m is None:
                raise SystemExit("server ended")
            if pred(m):
                return t, m

    uri = "file://" + os.path.abspath(document)
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": os.getpid(), "capabilities": {}}})
    wait(lambda m: m.get("id") == 1)
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 0, "text": text}}})

    def diagnostics_of(version):
        return lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version

    _, first = wait(diagnostics_of(0))
    findings = len(first["params"]["diagnostics"])
    rss_open = rss(proc.pid)
    version = 0
    # The line of the impact statement gets one more word each time (an edit inside a real paragraph).
    line = next(i for i, l in enumerate(text.split("\n")) if l.startswith("**Impact:**"))

    def change():
        nonlocal version
        version += 1
        return send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": line, "character": 11}, "end": {"line": line, "character": 11}}, "text": " really"}]}})

    isolated = []
    for _ in range(opts["--changes"]):
        time.sleep(opts["--pause-ms"] / 1000)
        t0 = change()
        t1, _ = wait(diagnostics_of(version))
        isolated.append((t1 - t0) * 1000)

    bursts = []
    for _ in range(20):
        time.sleep(opts["--pause-ms"] / 1000)
        for _ in range(20):
            t0 = change()
            time.sleep(0.010)
        t1, _ = wait(diagnostics_of(version))
        bursts.append((t1 - t0) * 1000)

    along = []
    for i in range(opts["--edits"]):
        change()
        if i % 100 == 99:
            wait(diagnostics_of(version))
            along.append("%d: %s" % (i + 1, rss(proc.pid).split(" (")[0].replace("VmRSS ", "")))
    rss_edits = rss(proc.pid)
    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    wait(lambda m: m.get("id") == 2)
    send({"jsonrpc": "2.0", "method": "exit"})
    code = proc.wait(timeout=30)

    def summary(xs):
        xs = sorted(xs)
        return "median %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)" % (statistics.median(xs), xs[int(0.95 * (len(xs) - 1))], xs[-1], len(xs))

    print("document: %s (%d words, %d findings)" % (document, len(text.split()), findings))
    print("isolated edit -> its diagnostics: " + summary(isolated))
    print("burst of 20 keystrokes 10 ms apart, last keystroke -> its diagnostics: " + summary(bursts))
    print("server RSS after open: %s; after %d more edits (total %d changes): %s" % (rss_open, opts["--edits"], version, rss_edits))
    print("RSS along the edits: " + ", ".join(along))
    print("exit code after shutdown+exit: %d" % code)


def rss(pid):
    fields = {}
    for l in open("/proc/%d/status" % pid):
        k, _, v = l.partition(":")
        fields[k] = v.strip()
    return "VmRSS %s (peak VmHWM %s)" % (fields["VmRSS"], fields["VmHWM"])


if __name__ == "__main__":
    main()
