import Foundation
import PackagePlugin

/// Compiles the repository's `theme/` into the `BuiltInTheme` module: the folder stays the one
/// copy, and the binary needs nothing beside it (a `resources:` bundle is a folder that must
/// travel with the binary). Every theme file is an input of the command, so an edited file is
/// embedded again at the next build.
///
/// SwiftPM runs this plugin only when it plans the build (Package.swift or a target's list of
/// files changed), and it watches the files of targets, not of `theme/`: after a theme file is
/// added or removed, `touch Package.swift` (a removed one otherwise stops the build with
/// "missing inputs", an added one is left out, which `BuiltInThemeTests` reports).
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
