import Foundation
import PackagePlugin

/// Compiles the repository's `theme/` into the `BuiltInTheme` module at every build: the folder
/// stays the one copy, and the binary needs nothing beside it (a `resources:` bundle would be a
/// folder that must travel with the binary). Every theme file is an input of the command, so an
/// edited, added or removed file makes the module again; the plugin itself runs at every build
/// and lists the folder afresh.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "theme")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTheme+Files.swift")
        let inputs = Self.files(under: theme)
        return [
            .buildCommand(
                displayName: "Embedding the theme (\(inputs.count) files)",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [theme.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }

    /// Every regular file below `root`, hidden names skipped as the site loader skips them.
    static func files(under root: URL) -> [URL] {
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles]) else { return [] }
        return walk.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
