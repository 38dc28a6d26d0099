import ArgumentParser
import Diagnostics
import Foundation
import MinhBachKit

/// `check --review [--strict] [--format text|json]`: the reviewer's findings after the check.
struct ReviewOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Flag(help: "Also report what a reviewer would query (illustrative or derived values, targets without data, …) as warnings. See docs/review.md.")
    var review = false

    @Flag(help: "With --review: the findings are errors (exit 1), for a content repository's CI.")
    var strict = false

    @Option(help: "With --review: 'text' (file:line:col: warning: …, to stderr) or 'json' (the findings on stdout, nothing else).")
    var format: Format = .text

    func validate() throws {
        if !review, strict { throw ValidationError("--strict needs --review") }
        if !review, format != .text { throw ValidationError("--format needs --review") }
    }
}

enum ReviewCommand {
    /// A check that also reviews: the build's problems as usual, then the findings; exit 1 on
    /// errors, or on any finding with `--strict`.
    static func run(_ options: BuildOptions, _ review: ReviewOptions) throws {
        StandardOutput.flushEachLine()
        var options = options
        options.reviewsData = true
        let json = review.format == .json
        // JSON mode keeps stdout for the JSON alone.
        let report = SiteBuilder(options: options, progress: { if !json { print($0) } }).build(releasingMemory: false)
        Console.printDiagnostics(report.diagnostics)
        guard report.succeeded else {
            let count = report.diagnostics.errorCount
            if !json { print("Check failed: \(count) error\(count == 1 ? "" : "s"); nothing written.") }
            throw ExitCode(1)
        }
        let findings = ReviewReport(report.findings)
        if json {
            FileHandle.standardOutput.write(Data(findings.json.utf8))
        } else {
            FileHandle.standardError.write(Data(findings.text(strict: review.strict).utf8))
            let total = Int(report.stages.map(\.milliseconds).reduce(0, +).rounded())
            let count = findings.findings.count
            let what = count == 0 ? "nothing to query" : "\(count) finding\(count == 1 ? "" : "s") to review (\(findings.summary))"
            print(review.strict && count > 0
                  ? "Check failed: \(what), errors with --strict."
                  : "Checked \(report.pageCount) pages: \(report.diagnostics.warningCount == 0 ? "no problems" : "no errors"); \(what) (\(total) ms).")
        }
        if review.strict, !findings.isEmpty { throw ExitCode(1) }
    }
}
