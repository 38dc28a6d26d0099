/// Where the commitments section writes its files, under `commitments_folder`.
extension CommitmentCatalog {
    public var overviewPath: String { folder + "/index.html" }
    /// A task's own page: `nhiem-vu/<file>/<id>.html`.
    public func taskPath(_ id: String) -> String { folder + "/" + id + ".html" }
    /// The tasks at one judgement: `nhiem-vu/tinh-trang/overdue.html`.
    public func compliancePath(_ compliance: Compliance) -> String { folder + "/tinh-trang/" + compliance.rawValue + ".html" }
    /// The deadlines by month.
    public var calendarPath: String { folder + "/lich.html" }
    public var icsPath: String { folder + "/lich.ics" }
    public var feedPath: String { folder + "/thay-doi.xml" }
    public var tasksCSVPath: String { folder + "/nhiem-vu.csv" }
    public var assignmentsCSVPath: String { folder + "/thuc-hien.csv" }
    public var tasksJSONPath: String { folder + "/nhiem-vu.json" }
    public var assignmentsJSONPath: String { folder + "/thuc-hien.json" }
    public var packagePath: String { folder + "/datapackage.json" }
}
