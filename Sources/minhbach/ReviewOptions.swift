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

    /// Called by `check`, which knows the language of the run.
    func check(in language: MessageLanguage) throws {
        if !review, strict { throw ValidationError(Message("cli.strict-needs-review").text(in: language)) }
        if !review, format != .text { throw ValidationError(Message("cli.format-needs-review").text(in: language)) }
    }
}

enum ReviewCommand {
    /// A check that also reviews: the build's problems as usual, then the findings; exit 1 on
    /// errors, or on any finding with `--strict`.
    static func run(_ options: BuildOptions, _ review: ReviewOptions, _ language: MessageLanguage) throws {
        StandardOutput.flushEachLine()
        var options = options
        options.reviewsData = true
        let json = review.format == .json
        // JSON mode keeps stdout for the JSON alone.
        let report = SiteBuilder(options: options, progress: { if !json { Console.print($0, language) } }).build(releasingMemory: false)
        Console.printDiagnostics(report.diagnostics, language)
        guard report.succeeded else {
            if !json { Console.print(Message("cli.check-failed", ["errors": Console.errorCount(report.diagnostics.errorCount)]), language) }
            throw ExitCode(1)
        }
        let findings = ReviewReport(report.findings)
        if json {
            FileHandle.standardOutput.write(Data(findings.json(language: language).utf8))
        } else {
            FileHandle.standardError.write(Data(findings.text(strict: review.strict, language: language).utf8))
            let total = Int(report.stages.map(\.milliseconds).reduce(0, +).rounded())
            let count = findings.findings.count
            let what: Message = switch count {
            case 0: Message("cli.review.nothing-to-query")
            case 1: Message("cli.review.findings.one", ["summary": .text(findings.summary)])
            default: Message("cli.review.findings", ["count": .text(String(count)), "summary": .text(findings.summary)])
            }
            Console.print(review.strict && count > 0
                  ? Message("cli.review.strict-failed", ["findings": .message(what)])
                  : Message("cli.review.checked", ["pages": .text(String(report.pageCount)), "ms": .text(String(total)), "findings": .message(what),
                                                   "state": .message(report.diagnostics.warningCount == 0 ? Message("cli.review.no-problems")
                                                                                                           : Message("cli.review.no-errors"))]),
                  language)
        }
        if review.strict, !findings.isEmpty { throw ExitCode(1) }
    }
}
