import ArchivistCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One OCR worker child process and the parent's end of its socket (the child's stdin and
/// stdout). Blocking: used by one pool thread only.
final class OCRWorkerProcess {
    let processID: pid_t
    private var channel: FrameChannel
    /// The wait status once the process has been reaped.
    private var waitStatus: Int32?

    /// Starts `executable` with `arguments`, its stdin and stdout on a new socket. The child gets
    /// this process's environment (OMP_THREAD_LIMIT included) and default signal handling.
    init(executable: String, arguments: [String]) throws {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            throw WorkerStartError(executable: executable, reason: String(cString: strerror(errno)))
        }
        defer { close(ends[1]) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, ends[1], STDOUT_FILENO)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), defaultSignals = sigset_t()
        sigemptyset(&noSignals)
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard status == 0 else {
            close(ends[0])
            throw WorkerStartError(executable: executable, reason: String(cString: strerror(status)))
        }
        processID = pid
        channel = FrameChannel(descriptor: ends[0])
    }

    deinit {
        stop()
    }

    /// True once the process has ended, whether stopped here or dead on its own.
    var hasExited: Bool {
        if waitStatus == nil {
            var status: Int32 = 0
            if waitpid(processID, &status, WNOHANG) == processID { finish(status) }
        }
        return waitStatus != nil
    }

    /// Sends the page and waits for the answer, at most the page's time budget. Over the budget
    /// the worker is killed and the page fails with `overBudget`; if the worker dies, the page
    /// fails with `engineFailed` naming how. Either way `hasExited` turns true.
    func read(_ request: PageRequest) throws -> RecognizedPage {
        let started = ContinuousClock.now
        do {
            try channel.send(request)
        } catch {
            throw failure(request, "the OCR worker \(stop()) while reading page \(request.number)")
        }
        let received: FrameChannel.Received<WorkerReply>
        do {
            received = try channel.receive(WorkerReply.self, until: started + .seconds(request.timeBudget))
        } catch {
            stop()
            throw failure(request, "the OCR worker's answer for page \(request.number) was \(error); the worker was stopped")
        }
        switch received {
        case .value(.page(let page)):
            return page
        case .value(.failed(let error)):
            throw error
        case .value(.failedOtherwise(let message)):
            throw RelayedError(problem: message)
        case .timedOut:
            let elapsed = ContinuousClock.now - started
            stop()
            throw RecognitionError.overBudget(path: request.url.path, page: request.number,
                                              seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
                                              budget: request.timeBudget)
        case .closed:
            throw failure(request, "the OCR worker \(stop()) while reading page \(request.number)")
        }
    }

    private func failure(_ request: PageRequest, _ reason: String) -> RecognitionError {
        .engineFailed(path: request.url.path, page: request.number, reason: reason)
    }

    /// Kills the process if it still runs, reaps it and closes the socket. Returns how it
    /// ended: "was killed by signal 11 (Segmentation fault)", "exited with status 1".
    @discardableResult
    func stop() -> String {
        if waitStatus == nil {
            kill(processID, SIGKILL) // a process that already died stays a zombie until reaped: its own status is kept
            var status: Int32 = 0
            while waitpid(processID, &status, 0) < 0 && errno == EINTR {}
            finish(status)
        }
        let status = waitStatus ?? 0
        let signal = status & 0x7F
        if signal != 0 { return "was killed by signal \(signal) (\(String(cString: strsignal(signal))))" }
        return "exited with status \((status >> 8) & 0xFF)"
    }

    private func finish(_ status: Int32) {
        waitStatus = status
        close(channel.descriptor)
    }
}

struct WorkerStartError: Error, CustomStringConvertible {
    let executable: String
    let reason: String

    var description: String { "could not start the OCR worker \(executable) (\(reason))" }
}
