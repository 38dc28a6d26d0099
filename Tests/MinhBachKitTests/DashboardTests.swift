import Foundation
import MinhBachKit
import Testing
import TestSupport

/// The dashboard's first screen and tools on the demo: the tiles most behind first, the counts
/// linked to a page per status, the filter pages listing exactly their targets, the units ×
/// targets grid whose every link resolves, and the units index grouped by kind, in the menu.
@Suite struct DashboardTests {
    static let demo = buildTree(Fixtures.projectRoot, "demo-dashboard")

    static func text(_ path: String) -> String { String(decoding: demo.tree[path] ?? [], as: UTF8.self) }

    /// The site path and anchor a link in the file at `from` leads to.
    static func resolve(_ href: String, from: String) -> (path: String, anchor: String?) {
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var folders = from.split(separator: "/").dropLast().map(String.init)
        if parts[0].isEmpty { return (from, parts.count > 1 ? String(parts[1]) : nil) }
        for part in parts[0].split(separator: "/") {
            if part == ".." { _ = folders.popLast() } else if part != "." { folders.append(String(part)) }
        }
        return (folders.joined(separator: "/"), parts.count > 1 ? String(parts[1]) : nil)
    }

    /// The statuses of the tiles of a page, in their order.
    static func tileStatuses(_ path: String) -> [String] {
        regexCaptures(#"<li class="target-tile [^"]*" data-status="([a-z-]+)""#, in: text(path))
    }

    /// The heat grids of a page: each `<svg class="… chart-heatgrid">…</svg>`.
    static func grids(_ text: String) -> [String] {
        regexCaptures(#"(<svg[^>]*chart-heatgrid.*?</svg>)"#, in: text)
    }

    @Test func tilesComeMostBehindFirstWithCountsAndAsOf() {
        let order = ["off-track", "at-risk", "pending", "on-track", "achieved", "insufficient-data", "no-target"]
        for path in ["chi-tieu/index.html", "en/chi-tieu/index.html", "index.html", "en/index.html"] {
            let statuses = Self.tileStatuses(path)
            #expect(statuses.count >= 8, "\(path)")
            let ranks = statuses.compactMap { order.firstIndex(of: $0) }
            #expect(ranks.count == statuses.count && ranks == ranks.sorted(), "\(path): \(statuses)")
            // Each status's count equals its number of tiles.
            for status in order {
                let count = regexCaptures(#"<li data-count="(\d+)">(?:<a [^>]*>)?<span class="status status--\#(status)""#, in: Self.text(path))
                #expect(count == [String(statuses.filter { $0 == status }.count)], "\(path) \(status)")
            }
        }
        #expect(Self.text("chi-tieu/index.html").contains(#"<p class="overview-as-of">Số liệu đến năm 2025.</p>"#))
        // The first tile: off track, with its value, target and sparkline.
        let first = regexCaptures(#"(<li class="target-tile .*?</li>)"#, in: Self.text("chi-tieu/index.html")).first ?? ""
        #expect(first.contains("data-status=\"off-track\""))
        #expect(first.contains("target-tile__value") && first.contains("Mục tiêu: ≥") && first.contains("chart-sparkline"))
        #expect(first.contains(#"<span aria-hidden="true">▼</span> Chậm tiến độ"#))
    }

    @Test func statusPagesListExactlyTheTargetsOfTheirStatus() throws {
        let all = Self.tileStatuses("chi-tieu/index.html")
        let statuses = Set(all)
        let pages = Self.demo.tree.keys.filter { $0.hasPrefix("chi-tieu/trang-thai/") }.sorted()
        #expect(pages == statuses.sorted().map { "chi-tieu/trang-thai/\($0).html" })
        for status in statuses {
            let path = "chi-tieu/trang-thai/\(status).html"
            let tiles = Self.tileStatuses(path)
            #expect(tiles == all.filter { $0 == status }, "\(path)")
            // The dashboard's count links here, and the page marks itself in the filter links.
            #expect(Self.text("chi-tieu/index.html").contains(#"<a href="trang-thai/\#(status).html">"#))
            #expect(Self.text(path).contains(#"<a href="\#(status).html" aria-current="page">"#))
            // Not in the search index: it lists again what the dashboard lists.
            for file in Self.demo.tree.keys where file.hasPrefix("tim-kiem/") {
                #expect(!Self.text(file).contains("chi-tieu/trang-thai/"), "\(file)")
            }
        }
        // A count of zero links nowhere.
        #expect(Self.text("chi-tieu/index.html").contains(#"<li data-count="0"><span class="status status--at-risk">"#))
        #expect(Self.text("en/chi-tieu/trang-thai/off-track.html").contains("<h1>Targets of the scheme: off track</h1>"))
    }

    @Test func unitKindPagesListTheTargetsThoseUnitsReport() {
        let dashboard = Self.text("chi-tieu/index.html")
        let kinds = regexMatches(#"data-status="[a-z-]+" data-kinds="([a-z- ]*)""#, in: dashboard).map { $0[0].split(separator: " ").map(String.init) }
        for kind in ["huyen", "so-nganh"] {
            let path = "chi-tieu/loai-don-vi/\(kind).html"
            let page = Self.text(path)
            let pageKinds = regexMatches(#"data-status="[a-z-]+" data-kinds="([a-z- ]*)""#, in: page).map { $0[0].split(separator: " ").map(String.init) }
            #expect(!pageKinds.isEmpty && pageKinds.allSatisfy { $0.contains(kind) }, "\(path)")
            #expect(pageKinds.count == kinds.filter { $0.contains(kind) }.count, "\(path)")
            #expect(Self.grids(page).count == 1, "\(path)")
        }
        // The district page's grid has only districts as rows.
        let grid = Self.grids(Self.text("chi-tieu/loai-don-vi/huyen.html")).first ?? ""
        #expect(grid.contains("../../don-vi/tuan-giao.html") && !grid.contains("../../don-vi/so-noi-vu.html"))
    }

    /// Every row, column and cell of every units × targets grid is a link, in the page and in the
    /// grid's own SVG file, and every link leads to a file of the site and an id in it.
    @Test func everyGridLinkResolves() {
        var checked = 0
        var sources: [(path: String, svg: String)] = []
        for path in ["chi-tieu/index.html", "en/chi-tieu/index.html", "chi-tieu/loai-don-vi/huyen.html", "chi-tieu/loai-don-vi/so-nganh.html"] {
            sources += Self.grids(Self.text(path)).map { (path, $0) }
        }
        for path in Self.demo.tree.keys.sorted() where path.hasSuffix(".svg") && Self.text(path).contains("chart-heatgrid") {
            sources.append((path, Self.text(path)))
        }
        #expect(sources.count >= 8)
        for (path, svg) in sources {
            let rows = regexCaptures(#"(<text[^>]*text-anchor="end")"#, in: svg).count
            let cells = regexCaptures(#"(<rect class="[^"]*" x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="\2")"#, in: svg).count
            let links = regexCaptures(#"<a href="([^"]+)">"#, in: svg)
            // Rows, columns (one rotated label each) and every cell except the legend's swatches.
            let columns = regexCaptures(#"(rotate\(-45)"#, in: svg).count
            #expect(rows > 0 && columns > 0 && links.count == rows + columns + rows * columns, "\(path): \(links.count) links, \(rows)×\(columns), \(cells) squares")
            #expect(!svg.contains("…"), "\(path): a label is cut")
            #expect(svg.contains(#"role="group""#), "\(path)")
            for href in Set(links) {
                let target = Self.resolve(href, from: path)
                #expect(Self.demo.tree[target.path] != nil, "\(path): \(href) leads to no file")
                if let anchor = target.anchor {
                    #expect(Self.text(target.path).contains(#"id="\#(anchor)""#), "\(path): \(href) has no such id")
                }
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// The grid's list for small screens names each unit with its targets' statuses, linked.
    @Test func theGridHasAListForSmallScreens() {
        let page = Self.text("chi-tieu/index.html")
        let list = regexCaptures(#"(<ul class="units-grid__list">.*?</ul>\n)"#, in: page).first ?? ""
        #expect(list.contains(#"<a href="../don-vi/tuan-giao.html">Huyện Tuần Giáo</a>"#))
        for href in regexCaptures(#"href="([^"]+)""#, in: list) {
            let target = Self.resolve(href, from: "chi-tieu/index.html")
            #expect(Self.demo.tree[target.path] != nil, "\(href)")
        }
    }

    @Test func theUnitsIndexIsGroupedByKindAndInTheMenu() {
        let index = Self.text("don-vi/index.html")
        let headings = regexCaptures(#"<h2 id="loai-([a-z-]+)">"#, in: index)
        let order = ["tinh", "so-nganh", "huyen", "xa", "co-quan", "dang", "doan-the", "su-nghiep"]
        #expect(headings == order.filter { headings.contains($0) } && headings.count >= 3, "\(headings)")
        // Each unit with its counts by status, most behind first.
        #expect(index.contains(#"<a href="so-noi-vu.html">Sở Nội vụ tỉnh Điện Biên</a></span><ul class="status-counts status-counts--unit"><li><span class="status status--off-track">"#))
        // In the menu of every page, after the dashboard, marked current on the index.
        for (path, html) in htmlFiles(Self.demo.tree) where path.hasSuffix(".html") && !path.hasPrefix("bieu-do/") {
            guard html.contains("class=\"site-nav\"") else { continue }
            let menu = regexCaptures(#"<nav class="site-nav"[^>]*>(.*?)</nav>"#, in: html).first ?? ""
            let prefix = path.hasPrefix("en/") ? "en/" : ""
            let items = regexCaptures(#"<li><a href="([^"]+)""#, in: menu).map { Self.resolve($0, from: path).path }
            let dashboard = items.firstIndex(of: prefix + "chi-tieu/index.html")
            let units = items.firstIndex(of: prefix + "don-vi/index.html")
            #expect(dashboard != nil && units == dashboard.map { $0 + 1 }, "\(path): \(items)")
        }
        #expect(index.contains(#"<li><a href="index.html" aria-current="page">Đơn vị</a></li>"#))
    }

    /// Without JavaScript the form is hidden; the script is on the dashboard only.
    @Test func theFilterFormWaitsForTheScript() {
        let page = Self.text("chi-tieu/index.html")
        #expect(page.contains(#"<form class="tile-filter" hidden="""#))
        #expect(regexCaptures(#"<script src="\.\./assets/(dashboard\.[0-9a-f]+\.js)" defer>"#, in: page).count == 1)
        #expect(!Self.text("chi-tieu/trang-thai/off-track.html").contains("<script"))
        for key in ["status", "kinds", "units"] { #expect(page.contains(#"<select data-filter="\#(key)">"#)) }
    }
}
