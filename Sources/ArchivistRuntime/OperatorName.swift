import ArchivistCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who runs a command: `--operator NAME`, else $ARCHIVIST_OPERATOR, else the login name of the
/// process's user. The name is taken on trust: it attributes actions in the audit trail and
/// decides which clearance applies, but it authenticates nobody (the web interface will).
public enum OperatorName {
    public static let environmentVariable = "ARCHIVIST_OPERATOR"

    public static func resolve(given: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let fromEnvironment = environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        let name = (given ?? fromEnvironment ?? loginName()).precomposedStringWithCanonicalMapping
        try ClearanceRegister.checkName(name)
        return name
    }

    /// The user database's name for this process's user, else Foundation's idea of it, else
    /// the user id (a container may run as a user the database does not list).
    static func loginName() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name, name.pointee != 0 {
            return String(cString: name)
        }
        let name = ProcessInfo.processInfo.userName
        return name.isEmpty ? "uid \(getuid())" : name
    }
}
