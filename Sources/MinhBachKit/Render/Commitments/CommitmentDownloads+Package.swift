/// The Frictionless Data Package beside the two CSV files (`nhiem-vu/datapackage.json`): their
/// schemas with types and constraints — the closed vocabularies as enums, a task's id unique,
/// each row of `thuc-hien.csv` naming a task of `nhiem-vu.csv` — so that `frictionless validate`
/// checks every cell, as it does the indicators' package.
extension CommitmentDownloads {
    func package() -> OutputFile {
        let description = catalog.hasIllustrativeProgress ? strings["illustrative_data_description"] : nil
        var tasks = resource(name: "nhiem-vu", path: catalog.tasksCSVPath, title: strings["commitments_tasks_download"],
                             fields: Self.taskFields, primaryKey: ["id"])
        if catalog.commitments.contains(where: \.illustrative), let description { tasks["description"] = description }
        let taskKey: [String: Any] = ["fields": ["task"], "reference": ["resource": "nhiem-vu", "fields": ["id"]] as [String: Any]]
        var assignments = resource(name: "thuc-hien", path: catalog.assignmentsCSVPath, title: strings["commitments_assignments_download"],
                                   fields: Self.assignmentFields, primaryKey: ["task", "unit"], foreignKeys: [taskKey])
        if let description { assignments["description"] = description }
        let site = Slug.make(config.title).isEmpty ? "minhbach" : Slug.make(config.title)
        let package: [String: Any] = [
            "name": site + "-" + Slug.make(catalog.folder), "title": strings["commitments_package_title"] + " – " + config.title,
            "profile": "tabular-data-package", "resources": [tasks, assignments] as [Any],
        ]
        return OutputFile(path: catalog.packagePath, bytes: JSONWriter.bytes(package))
    }

    /// A CSV resource; its path is the file's name, beside the package.
    private func resource(name: String, path: String, title: String, fields: [Field], primaryKey: [String],
                          foreignKeys: [Any] = []) -> [String: Any] {
        let schemaFields = fields.map { field -> Any in
            var object: [String: Any] = ["name": field.name, "type": field.type]
            if !field.constraints.isEmpty { object["constraints"] = field.constraints }
            return object
        }
        var schema: [String: Any] = ["fields": schemaFields, "primaryKey": primaryKey as [Any]]
        if !foreignKeys.isEmpty { schema["foreignKeys"] = foreignKeys }
        return [
            "name": name, "path": String(path.split(separator: "/").last ?? Substring(path)), "title": title,
            "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "schema": schema,
        ]
    }
}
