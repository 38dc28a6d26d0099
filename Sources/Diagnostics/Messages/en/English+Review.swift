extension English {
    /// The reviewer's findings (`minhbach check --review`, the internal "Data review" page) and
    /// the review keys of an indicator's front matter.
    static let review: [String: String] = [
        "review.finding": "{message} [{kind}]",
        "review.no-template": "the theme has no templates/{template}.mustache, which the data review page needs",
        "review.bad-jump": "a jump is a percentage of the earlier value: 0 or more (0 turns the check off)",
        "review.part-of-own-total": "indicator '{id}' cannot be a part of its own total",

        // Parts of findings (`DataReview`).
        "review.list-more": "{items} and {count} more",
        "review.join-comma": "{first}, {next}",
        "review.join-plus": "{first} + {next}",
        "review.join-and-as": "{first}; and as {next}",
        "review.count-value": "{count} value",
        "review.count-values": "{count} values",
        "review.count-indicator": "{count} indicator",
        "review.count-indicators": "{count} indicators",
        "review.count-target": "{count} target",
        "review.count-targets": "{count} targets",
        "review.count-unit": "{count} unit",
        "review.count-units": "{count} units",

        // Values that are not measurements.
        "review.illustrative-model-counts": "'{indicator}' counts model pages written for the demo ('illustrative: true'): its {values} are illustrative",
        "review.illustrative-model-counts-hint": "they become real counts when the model pages describe real models",
        "review.illustrative-value": "{values} of {indicators} in {file} is illustrative: generated for the demo, not measured ({list})",
        "review.illustrative-values": "{values} of {indicators} in {file} are illustrative: generated for the demo, not measured ({list})",
        "review.illustrative-values-hint": "replace them with measured values before publishing, or keep 'illustrative: true' so that every page says so",
        "review.derived-change": "the change of '{from}' since the period before",
        "review.derived-same": "the values of '{from}'",
        "review.derived-indicator-one": "'{id}' is derived, not reported: its {values} is {how}",
        "review.derived-indicator": "'{id}' is derived, not reported: its {values} are {how}",
        "review.derived-indicator-hint": "check that the rule matches what the source document means, and that the page says how the values are computed",
        "review.derived-value": "{values} of '{indicator}' in {file} is derived from other figures (status 'derived')",
        "review.derived-values": "{values} of '{indicator}' in {file} are derived from other figures (status 'derived')",
        "review.derived-values-hint": "check the arithmetic against the source, and that the note says how each was computed",

        // Targets.
        "review.target-without-number": "'{id}' quotes a target of '{document}' but gives it no number: no status can be judged",
        "review.target-without-number-hint": "add 'targets:' with the period and value the sentence sets, or say on the page why it has none",
        "review.target-without-data-one": "'{id}' has {targets} but no value to judge it on",
        "review.target-without-data": "'{id}' has {targets} but no value to judge them on",
        "review.target-without-data-hint": "add its values to a data file of the data folder, or remove the target until there are some",
        "review.rate-target-without-start": "the rate target of '{id}' for {period} has no value to start from: no value for the baseline {baseline}",
        "review.rate-target-without-baseline": "the rate target of '{id}' for {period} has no value to start from: no value for the baseline period",
        "review.rate-target-without-start-hint": "give the baseline value ('baseline_value') or the data for the baseline period",
        "review.unquoted-target": "a target of '{document}' section '{section}' that no indicator quotes: “{sentence}”",
        "review.unquoted-target-hint": "add an indicator whose 'target_text' quotes these words, or extend the quote of the indicator that follows them",

        // Series.
        "review.basis-step-first": "{units} in {period}",
        "review.basis-step": "{units} from {period}",
        "review.basis-steps": " ({steps})",
        "review.basis-change-one": "the whole of '{id}' is made of different units across its periods{made}: {units} starts or ends within the series",
        "review.basis-change": "the whole of '{id}' is made of different units across its periods{made}: {units} start or end within the series",
        "review.basis-change-hint": "say next to the values which units each period covers, or compare only periods of the same units",
        "review.stale-value": "'{id}' compares units at {latest}, but the latest value of 1 unit is older: {units}",
        "review.stale-values": "'{id}' compares units at {latest}, but the latest values of {count} units are older: {units}",
        "review.stale-values-hint": "add their values for {latest}, or make sure the pages show these as older values, not ranked among newer ones",
        "review.the-whole": "the whole",
        "review.jump": "{unit} {from} → {to}: {before} → {after} ({sign}{percent}%)",
        "review.series-jump": "'{id}' changes by more than {limit}% between consecutive values once: {jumps}",
        "review.series-jumps": "'{id}' changes by more than {limit}% between consecutive values {count} times: {jumps}",
        "review.series-jump-hint": "check these values against their source; if such changes are real, set 'review_jump' in the indicator's front matter",

        // Totals.
        "review.part-term": "{part} {value}",
        "review.parts-total": "the parts of '{id}' for {unit}, {period} add up to {sum}, not the total {total}: {terms}",
        "review.parts-over-total": "the parts of '{id}' given for {unit}, {period} already add up to {sum}, more than the total {total}: {terms}",
        "review.parts-total-hint": "check the total and its parts against the source; 'total_of' in {file} says which indicators are its parts",

        // Citations.
        "review.cited-date": "dated {cited}, but its page says {own}",
        "review.cited-date-elsewhere": "dated {cited}, but {location} cites it as {other}",
        "review.cited-issuer": "issued by {issuer}, but its page says {own}",
        "review.citation-conflict": "this cites {number} as {conflicts}",
        "review.citation-conflict-hint": "check the original document and correct its page ({file}) or this citation",
        "review.citation-conflict-hint-others": "check the original document and correct its page ({file}) or this citation; other citations: {others}",

        // Dates known to the month.
        "review.month-only-date": "{subject} is dated {date} only, so whether it met the deadline {deadline} cannot be told",
        "review.month-only-date-hint": "give the day it happened (YYYY-MM-DD)",
        "review.task-of-unit": "the work of unit '{unit}' on task '{task}'",
        "review.periodic-task": "task '{task}' is periodic (“định kỳ”) but its document gives no period: its deadlines cannot be listed",
        "review.periodic-task-hint": "if the document says how often, set 'repeat' to annual, semiannual, quarterly or monthly",
    ]
}
