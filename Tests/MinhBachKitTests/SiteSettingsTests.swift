import Diagnostics
import Foundation
import MinhBachKit
import Testing
import TestSupport

/// `site.yml` mistakes are reported at their line and column, in `site.yml`; folder settings
/// that would make two parts of the site write the same files are errors; and whatever else
/// would write one path twice fails the build, naming both makers.
struct SiteSettingsTests {
    @Test func settingsThatCannotWorkAreErrorsAtTheirLines() throws {
        let (_, output, before) = try previousSite("invalid-settings")
        let report = buildSite(fixtureSite("invalid-settings"), output: output)
        #expect(!report.wroteOutput)
        try Golden.check(diagnosticsText(report), named: "invalid-settings/diagnostics.txt")
        #expect(SiteTree.read(output) == before)
    }

    @Test func twoMakersOfOneFileFailTheBuildNamingBoth() throws {
        let (_, output, before) = try previousSite("duplicate-outputs")
        let report = buildSite(fixtureSite("duplicate-outputs"), output: output)
        #expect(!report.wroteOutput)
        try Golden.check(diagnosticsText(report), named: "duplicate-outputs/diagnostics.txt")
        #expect(SiteTree.read(output) == before)
    }

    /// Each pair of folder settings that collide, reported at the setting written later.
    @Test(arguments: [
        ("units_folder: chi-tieu\n", "site.yml:1:15: error: units_folder 'chi-tieu' is also indicators_folder (the default)"),
        ("search_folder: van-ban\n", "site.yml:1:16: error: search_folder 'van-ban' is also documents_folder (the default)"),
        ("models_folder: tim-kiem\n", "site.yml:1:16: error: models_folder 'tim-kiem' is also search_folder (the default)"),
        ("indicators_folder: so\ndocuments_folder: so\n", "site.yml:2:19: error: documents_folder 'so' is also indicators_folder"),
        ("documents_folder: chi-tieu/van-ban\n", "site.yml:1:19: error: documents_folder 'chi-tieu/van-ban' is inside indicators_folder (the default) 'chi-tieu'"),
        ("units_folder: mo-hinh/don-vi\n", "site.yml:1:15: error: units_folder 'mo-hinh/don-vi' is where the models gallery writes its pages by unit"),
        ("languages: [vi, en]\nsearch_folder: en/tim\n", "site.yml:2:16: error: search_folder 'en/tim' is inside 'en/'"),
        ("data_folder: du-lieu\nunits_file: du-lieu/don-vi.csv\n", "site.yml:2:13: error: units_file 'du-lieu/don-vi.csv' is inside data_folder 'du-lieu'"),
    ])
    func collidingFoldersAreErrorsAtTheSetting(yaml: String, expected: String) {
        let messages = decode(yaml).all.map(\.description)
        #expect(messages.count == 1 && messages[0].hasPrefix(expected), "\(messages)")
    }

    @Test func foldersOfTheirOwnAreFine() {
        #expect(decode("units_folder: don-vi-hanh-chinh\nsearch_folder: tra-cuu\nmodels_folder: mo-hinh-hay\n").all.isEmpty)
        #expect(decode("indicators_folder: chi-tieu/tinh\n").all.isEmpty)
    }

    @Test func siteYAMLIsCalledSiteYML() {
        let messages = decode("title: \"không đóng\n").all.map(\.description)
        #expect(messages.count == 1 && messages[0].hasPrefix("site.yml:1:8: error: site.yml is not valid YAML"), "\(messages)")
        #expect(!messages[0].contains("front matter"))
    }

    @Test(arguments: [
        ("https://minhbach.example.gov.vn/du an/", "it contains a space"),
        ("https://minhbach.example.gov.vn/\u{7}", "it contains a control character"),
        ("https://minhbach.example.gov.vn/dân-vận/", "it contains 'â'"),
        ("ftp://minhbach.example.gov.vn/", "it does not start with http:// or https://"),
        ("minhbach.example.gov.vn", "it does not start with http:// or https://"),
        ("https:///du-an/", "it has no host name"),
        ("https://minhbach.example.gov.vn/?trang=1", "it has a query ('?') or a fragment ('#')"),
        ("https://minh_bach.example.gov.vn/", "'minh_bach.example.gov.vn' is not a host name"),
        ("https://minhbach.example.gov.vn:80a/", "'80a' is not a port number"),
    ])
    func siteAddressesAreCheckedStrictly(address: String, reason: String) {
        guard case .failure(let problem) = SiteAddress.checked(address) else {
            Issue.record("accepted \(address)")
            return
        }
        #expect(problem.reason.hasPrefix(reason), "\(problem.reason)")
        let messages = decode("base_url: \"\(address.replacingOccurrences(of: "\u{7}", with: "\\a"))\"\n").all.map(\.description)
        #expect(messages.count == 1 && messages[0].hasPrefix("site.yml:1:11: error: invalid 'base_url': "), "\(messages)")
    }

    @Test func siteAddressesGetOneTrailingSlash() {
        #expect(SiteAddress.normalized("https://minhbach.example.gov.vn") == "https://minhbach.example.gov.vn/")
        #expect(SiteAddress.normalized("HTTP://10.0.0.1:8080/du-an") == "HTTP://10.0.0.1:8080/du-an/")
        #expect(SiteAddress.normalized("https://[::1]/") == "https://[::1]/")
        #expect(SiteAddress.normalized("https://vi.example.org/du-an/") == "https://vi.example.org/du-an/")
    }

    func decode(_ yaml: String) -> Diagnostics {
        var diagnostics = Diagnostics()
        _ = SiteConfig.decode(SourceFile(displayPath: "site.yml", relativePath: "site.yml", bytes: Array(yaml.utf8)),
                              diagnostics: &diagnostics)
        return diagnostics
    }

    func diagnosticsText(_ report: BuildReport) -> String {
        report.diagnostics.sorted.map(\.description).joined(separator: "\n") + "\n"
    }
}
