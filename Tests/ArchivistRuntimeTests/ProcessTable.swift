import Foundation

/// What /proc says about processes: the tests check that OCR workers end when they should.
enum ProcessTable {
    /// The processes whose parent is `parent` and whose command line contains `text`.
    static func children(of parent: Int32, running text: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let fields = stat.split(separator: ")").last?.split(separator: " "), fields.count > 2, Int32(fields[1]) == parent,
                  let command = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline")) else { return false }
            return String(decoding: command, as: UTF8.self).contains(text)
        }
    }

    /// Seconds of CPU a process has used (user + system), 0 if it is gone.
    static func cpuSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let fields = stat.split(separator: ")").last?.split(separator: " "), fields.count > 13 else { return 0 }
        return Double((Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// True once no process has this ID any more (or it is a zombie not yet reaped).
    static func hasEnded(_ pid: Int32) async throws -> Bool {
        for _ in 0..<3000 {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if stat.isEmpty || stat.split(separator: ")").last?.split(separator: " ").first == "Z" { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}
