import Search

/// Every UI string the Swift code asks for (`strings[…]`), so that a theme lacking one is an
/// error at build start rather than a key printed on a page. Keys written as literals are
/// listed; keys made from a closed set of cases (statuses, relations, groupings…) are listed
/// from the cases. `UIStringKeysTests` fails when a literal `strings["…"]` in Sources is not here.
extension UIStrings {
    static let requiredKeys: [String] = literalKeys + caseKeys + commitmentKeys

    static let literalKeys: [String] = [
        "aggregated_from", "aggregation", "back_home", "baseline", "basis_changed", "basis_changes",
        "basis_changes_text", "chart_by_unit", "chart_download_csv", "chart_download_svg", "chart_heatgrid_title", "chart_illustrative",
        "chart_map_illustrative", "chart_map_source", "child_units", "cited_in_text", "compare_by_indicator", "compare_choose",
        "compare_chosen", "compare_full", "compare_intro", "compare_no_value", "compare_units_link", "compare_units_title",
        "compare_without_js", "comparison_ended", "comparison_last", "comparison_missing", "comparison_missing_category", "comparison_period_note",
        "contents", "data_updated_basis", "definition", "derived_from", "direction", "doc_date",
        "doc_issuer", "doc_kind", "doc_number", "doc_period", "doc_signer", "doc_status",
        "documents_title", "download_csv", "download_json", "download_package", "download_package_json", "download_units",
        "download_workbook", "download_xlsx", "downloads", "draft_banner", "ended_on", "feed_title",
        "filter_all_targets", "filter_by_status", "filter_by_unit_kind", "filter_count", "filter_links", "filter_see_also",
        "filter_shown", "filter_targets", "footnote_back", "footnotes", "grade_at_least", "grades",
        "group_continued", "home", "illustrative", "illustrative_data_description", "illustrative_notice", "indicator", "internal_edition_banner",
        "last_updated", "latest_dated_source", "listing_page", "listing_pages", "latest_value", "measure", "method_link", "method_summary",
        "model_all", "model_count", "model_facets", "model_feed", "model_field", "model_filter",
        "model_filter_all", "model_filter_shown", "model_illustrative_notice", "model_level", "model_people", "model_related",
        "model_replicated_by", "model_results", "next_page", "model_same_field", "model_same_unit", "model_status", "model_year",
        "models_feed_title", "models_of_unit", "models_title", "no", "no_data", "no_target",
        "not_found_text", "not_found_title", "not_printed", "note", "page_navigation", "parent_unit",
        "per_year_since", "percent_points", "period", "permalink", "previous_page", "predecessors", "progress_as_of",
        "progress_summary", "progress_targets", "progress_title", "progress_tracked", "rank", "rank_among_peers",
        "rank_history", "rank_history_note", "review_column", "review_count", "review_title", "scorecard",
        "search_az_intro", "search_az_title", "search_button", "search_hint", "search_label", "search_letters",
        "search_title", "series", "source", "source_row", "started_on", "status",
        "status_counts", "status_unknown", "successors", "target", "target_text", "threshold",
        "trend", "trend_better", "trend_down", "trend_flat", "trend_rank_down", "trend_rank_up",
        "trend_since", "trend_up", "trend_worse", "unit", "unit_history", "unit_history_intro",
        "unit_documents", "unit_kind", "unit_peer_median", "units_ranking", "units_registry_title", "units_title", "untranslated_notice",
        "validity", "value", "withheld_rows_note", "year_unknown", "yearly_results", "yes",
        "all_tasks", "commitments_as_of", "commitments_feed", "commitments_no_progress", "commitments_summary", "commitments_title",
        "commitments_totals", "compliance", "compliance_unknown", "days_count", "deadline_calendar", "document_tasks", "done_on",
        "download_assignments_csv", "download_assignments_json", "download_calendar", "download_tasks_csv", "download_tasks_json",
        "evidence", "filter_tasks", "legend", "no_due_date", "no_report", "overdue_list", "overdue_list_caption", "report_to",
        "reports_owed", "rollup_by_unit", "rollup_by_unit_caption", "section_indicators", "section_label", "section_part", "section_tasks", "support_units",
        "task", "task_sentence", "task_source", "task_status", "task_type", "task_units", "task_units_caption", "tasks_led", "tasks_supported",
        "tasks_total", "transferred_from", "unit_tasks", "units_by_tasks", "units_of_kind",
    ]

    static var caseKeys: [String] {
        var keys: [String] = DocumentRelation.Kind.allCases.flatMap { [$0.stringKey, $0.inverseStringKey] }
        keys += DocumentStatus.allCases.map(\.stringKey)
        keys += DocumentIndex.Grouping.allCases.map(\.stringKey)
        keys += ModelDefinition.Status.allCases.map(\.stringKey)
        keys += ModelDefinition.Level.allCases.map(\.stringKey)
        keys += ReviewFinding.Kind.allCases.flatMap { [$0.stringKey, $0.stringKey + "_rule"] }
        keys += SearchKind.allCases.map(\.stringKey)
        keys += ProgressStatus.allCases.map(\.stringKey)
        keys += Observation.Status.allCases.map(\.stringKey)
        // The built-in kinds' names; a kind the site declares brings its own (`adapted(to:pages:)`).
        keys += UnitKind.defaults.map(\.stringKey)
        return keys
    }
}
