/// Public face of the reference renderer, for tests that compare our HTML with libcmark's.
public enum CommonMark {
    public static func referenceHTML(_ markdown: String, unsafe: Bool = false) -> String {
        CommonMarkTree.referenceHTML(markdown, unsafe: unsafe)
    }
}
