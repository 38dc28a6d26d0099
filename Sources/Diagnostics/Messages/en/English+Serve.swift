extension English {
    /// The preview server: its console lines and its error page.
    static let serve: [String: String] = [
        "serve.choose-another-port": "choose another port with --port, or 0 for any free one",
        "serve.worker-stopped-idle": "the build worker stopped unexpectedly ({exit}) while idle; the next change starts a fresh build of the whole site",
        "serve.stopped": "Stopped.",
        "serve.while-building": "building the site",
        "serve.while-rebuilding": "rebuilding after changes to {paths}",
        "serve.build-stopped": "the build stopped unexpectedly ({exit}) while {activity}",
        "serve.still-serving": "{problem}; still serving the previous site",
        "serve.serving": "Serving {output} at {url} (Ctrl-C to stop)",
        "serve.listening-openly": "listening on {host}: other machines on the network can read the site.",
        "serve.rebuilt": "Rebuilt in {ms} ms (changed: {paths})",
        "serve.rebuild-failed": "Rebuild failed in {ms} ms: {errors} (changed: {paths}); still serving the previous site, browsers show the errors.",
        "serve.paths-and-more": "{paths} and {count} more",
        "serve.rebuilt-only": "Rebuilt only {pages}, {count} file(s) written.",
        "serve.keeps-last-site": "the output folder keeps the last site built; the next change starts a fresh build of the whole site",
        "serve.exit.signal": "signal {number}",
        "serve.exit.status": "exit status {code}",
        "serve.exit.unreadable-reply": "unreadable reply",
        "serve.exit.cannot-start": "could not start: {reason}",
        "serve.page.title": "Build failed – MinhBạch",
        "serve.page.heading": "Build failed: {errors}",
        "serve.page.explanation": "The previous site is not shown while the content has errors. This page reloads by itself once they are fixed.",
        "serve.cannot-listen": "cannot listen on {address}: {reason}",
    ]
}
