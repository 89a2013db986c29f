import ArchivistCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The child's side of OCRWorkerPool (`archivist ocr-worker`): one thread that reads
/// PageRequest frames from stdin and answers each with a WorkerReply frame on stdout. It loads,
/// prepares and recognizes the page itself, so pixels never cross the pipe, and keeps its
/// engines (one per language) for every page it reads.
public enum OCRWorker {
    /// Serves pages until stdin closes; returns the exit status.
    /// - Parameter dataPath: a tessdata folder; nil uses Tesseract's default (or TESSDATA_PREFIX).
    public static func serve(dataPath: String? = nil) -> Int32 {
        // The channel moves off fds 0 and 1 to a close-on-exec descriptor, so tools run for PDF
        // pages do not hold it open, and a stray print goes to stderr instead of into a frame.
        let socket = fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3)
        guard socket >= 0 else {
            complain("stdin is not open (\(String(cString: strerror(errno)))): run by the archivist ingest, not by hand")
            return 1
        }
        let null = open("/dev/null", O_RDONLY)
        dup2(null, STDIN_FILENO)
        close(null)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        // Started as /proc/self/exe, the process would show as "exe" in ps and top.
        try? Data("archivist-ocr".utf8).write(to: URL(fileURLWithPath: "/proc/self/comm"))
        exitWhenParentHangsUp(socket)

        var channel = FrameChannel(descriptor: socket)
        var engines = TesseractEngines(dataPath: dataPath)
        while true {
            let request: PageRequest
            do {
                guard case .value(let received) = try channel.receive(PageRequest.self) else { return 0 }
                request = received
            } catch {
                complain("\(error)")
                return 1
            }
            let reply: WorkerReply
            do {
                reply = .page(try engines.recognize(request))
            } catch let error as RecognitionError {
                reply = .failed(error)
            } catch {
                reply = .failedOtherwise(BatchScanner.reason(error))
            }
            do {
                try channel.send(reply)
            } catch {
                return 1 // the parent is gone
            }
        }
    }

    /// Ends this process as soon as the parent closes its end of the socket or dies, even in
    /// the middle of a page (the socket's hang-up is seen by a thread of its own).
    private static func exitWhenParentHangsUp(_ socket: Int32) {
        let watcher = Thread {
            var entry = pollfd(fd: socket, events: 0, revents: 0)
            while true {
                // With no events asked for, poll returns only for a hang-up or an error.
                if poll(&entry, 1, -1) > 0 { _exit(0) }
            }
        }
        watcher.name = "ocr-worker-hangup"
        watcher.start()
    }

    private static func complain(_ message: String) {
        FileHandle.standardError.write(Data("archivist ocr-worker: \(message)\n".utf8))
    }
}
