import ArgumentParser
import Foundation

// Tesseract's OpenMP threads read OMP_THREAD_LIMIT when the library loads, before any Swift
// code runs: setting it here is too late for this process, so re-execute with it set.
// (Measured: 4.4 s a page with OpenMP threads on 2 cores, 0.95 s with one.)
if ProcessInfo.processInfo.environment["OMP_THREAD_LIMIT"] == nil {
    setenv("OMP_THREAD_LIMIT", "1", 1)
    execv("/proc/self/exe", CommandLine.unsafeArgv)
    // exec failed: carry on, only slower.
}

await runAsync(ArchivistCommand.self)

/// In a generic context constrained to AsyncParsableCommand, `main()` is the async one that
/// awaits subcommands' `run()`; called directly from top-level code it resolves to the sync one.
func runAsync<Command: AsyncParsableCommand>(_ command: Command.Type) async {
    await command.main()
}
