import ArchivistCore

/// What an OCR worker process answers for one page.
enum WorkerReply: Codable {
    case page(RecognizedPage)
    case failed(RecognitionError)
    /// Any other error (a PDF tool missing, say), as its message.
    case failedOtherwise(String)
}

/// An error a worker process reported by its message, passed on as written there.
struct RelayedError: ArchivistError {
    let problem: String
    var remedy: String? { nil }
}
