import Foundation

/// An RFC 3161 TSA on 127.0.0.1 for tests: a small Python HTTP server that answers
/// each query with `openssl ts -reply`, using the test PKI's TSA key. It exits by
/// itself after `lifetime` seconds and is stopped (by its process id) on deinit.
final class LocalTSA {
    static let isAvailable = Tool.isInstalled("python3") && Tool.isInstalled("openssl")
    let url: URL
    private let process: Process

    init(pki: TestPKI, lifetime: Int = 60) throws {
        let config = """
        [ tsa ]
        default_tsa = test_tsa
        [ test_tsa ]
        serial = \(pki.file("tsa.serial").path)
        crypto_device = builtin
        signer_cert = \(pki.file("tsa.pem").path)
        signer_key = \(pki.file("tsa.key").path)
        certs = \(pki.file("root.pem").path)
        signer_digest = sha256
        default_policy = 1.3.6.1.4.1.99999.1
        digests = sha256, sha384, sha512
        accuracy = secs:1
        ordering = yes
        tsa_name = yes
        ess_cert_id_chain = no
        ess_cert_id_alg = sha256
        """
        try config.write(to: pki.file("tsa.cnf"), atomically: true, encoding: .utf8)
        try "01\n".write(to: pki.file("tsa.serial"), atomically: true, encoding: .utf8)
        let script = """
        import http.server, subprocess, sys, tempfile, threading, os, signal
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})  # the test runner's mask is inherited
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                query = self.rfile.read(int(self.headers.get('Content-Length', 0)))
                with tempfile.TemporaryDirectory() as work:
                    open(os.path.join(work, 'q.tsq'), 'wb').write(query)
                    done = subprocess.run(['openssl', 'ts', '-reply', '-config', sys.argv[1], '-queryfile', 'q.tsq',
                                           '-out', 'r.tsr'], cwd=work, capture_output=True)
                    if done.returncode != 0:
                        self.send_response(500); self.end_headers(); self.wfile.write(done.stderr); return
                    reply = open(os.path.join(work, 'r.tsr'), 'rb').read()
                self.send_response(200)
                self.send_header('Content-Type', 'application/timestamp-reply')
                self.send_header('Content-Length', str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)
            def log_message(self, *args): pass
        server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
        threading.Timer(float(sys.argv[2]), lambda: os._exit(0)).start()
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """
        try script.write(to: pki.file("tsa.py"), atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: Tool.path(of: "python3")!)
        process.arguments = [pki.file("tsa.py").path, pki.file("tsa.cnf").path, String(lifetime)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw Tool.ToolFailed(command: "python3 tsa.py", output: "no port announced")
        }
        url = URL(string: "http://127.0.0.1:\(port)/tsa")!
    }

    /// Stops the server by its process id (no waiting: blocking a cooperative
    /// thread in `waitUntilExit` stalled the other tests).
    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
    }
}
