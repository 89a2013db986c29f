import ArchivistCore

/// Why a timestamp could not be obtained. Signing stops: a B-T signature was asked for.
public enum TimestampError: ArchivistError, Equatable {
    case unreachable(url: String, reason: String)
    case httpStatus(url: String, code: Int)
    case rejected(status: Int)
    case mismatch(reason: String)

    public var problem: String {
        switch self {
        case .unreachable(let url, let reason): "The timestamp authority \(url) could not be reached (\(reason))."
        case .httpStatus(let url, let code): "The timestamp authority \(url) answered HTTP \(code)."
        case .rejected(let status): "The timestamp authority refused the request (PKIStatus \(status))."
        case .mismatch(let reason): "The timestamp does not match the request (\(reason))."
        }
    }

    public var remedy: String? {
        switch self {
        case .unreachable, .httpStatus: "Check the TSA URL in the pipeline and the network, or sign without a timestamp (B-B)."
        case .rejected, .mismatch: "Check the TSA's configuration (it must accept SHA-256 requests) or use another TSA."
        }
    }
}
