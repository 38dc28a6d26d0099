/// What the render stage makes of each edition, by `BuildOptions.portion`: every page and
/// section; only a part's (`ShardPlan`); or every one, its files read from the part that made
/// it (`PartFolders`) instead of rendered again.
enum RenderPortion {
    case whole
    /// `number` counts from 0.
    case part(ShardPlan, number: Int)
    case merge(PartFolders)

    var isPart: Bool {
        if case .part = self { return true }
        return false
    }

    var parts: PartFolders? {
        if case .merge(let parts) = self { return parts }
        return nil
    }

    func makesPage(at index: Int) -> Bool {
        guard case .part(let plan, let number) = self else { return true }
        return plan.ownsPage(at: index, part: number)
    }

    func makesSection(_ number: Int) -> Bool {
        guard case .part(let plan, let part) = self else { return true }
        return plan.ownsSection(number, part: part)
    }
}
