/// `content/nhiem-vu/`: the overview's introduction, the one task the document sets (the units'
/// yearly report, quoting its sentence) and a progress file, every row of it declared
/// illustrative so that each page showing it says so.
enum TaskFiles {
    /// The year of the first deadline: the report's plans run from its own year on.
    static func year(_ w: StarterWords) -> Int { w.kind == .baoCao ? 2025 : 2023 }

    static func index(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        ---
        # Lời giới thiệu trang tình hình thực hiện nhiệm vụ. Trang do MinhBạch tự lập từ các tệp .csv trong thư mục này.
        title: Nhiệm vụ và thời hạn
        description: Nhiệm vụ các văn bản giao, đơn vị thực hiện, thời hạn và tình hình thực hiện.
        menu: true
        weight: 25
        ---

        Nhiệm vụ các văn bản giao cho từng đơn vị, thời hạn và tình hình thực hiện.

        """ : """
        ---
        # The introduction of the commitments overview. MinhBạch makes the page from the .csv files of this folder.
        title: Tasks and deadlines
        description: The tasks the documents set, the units responsible, the deadlines and how the units stand.
        menu: true
        weight: 25
        ---

        The tasks the documents set for each unit, their deadlines and how the units stand.

        """
    }

    static func declaration(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        # Tệp khai báo của \(w.documentID).csv: các nhiệm vụ do văn bản \(w.documentID) giao.
        # Mỗi hàng của tệp .csv là một nhiệm vụ: id (mã), section (mục của văn bản), quote (câu trích nguyên văn),
        # task (tên ngắn), type (task, report…), lead (đơn vị chủ trì: mã, hoặc @loại/cấp trên là mọi đơn vị loại đó),
        # to (gửi đến), due (thời hạn), due_rule (before: trước ngày; by: chậm nhất ngày), repeat (annual: hằng năm).
        kind: tasks
        document: \(w.documentID)
        """ + "\n" : """
        # The declaration of \(w.documentID).csv: the tasks the document \(w.documentID) sets.
        # Each row of the .csv file is one task: id, section (of the document), quote (its words, verbatim),
        # task (a short title), type (task, report…), lead (the units responsible: codes, or @kind/parent for every unit
        # of that kind), to (who receives it), due (the deadline), due_rule (before, or by: on that day at the latest),
        # repeat (annual…).
        kind: tasks
        document: \(w.documentID)
        """ + "\n"
    }

    static func tasks(_ w: StarterWords) -> String {
        let header = "id,section,quote,task,task_en,type,lead,support,to,due,due_rule,repeat,note\n"
        let quote = w.isVietnamese ? "báo cáo số liệu hồ sơ giải quyết đúng hạn về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12"
            : "report the files settled on time to the Provincial People's Committee by 15 December"
        let title = w.isVietnamese ? "Báo cáo số liệu hồ sơ giải quyết đúng hạn" : "Report the files settled on time"
        return header + "bao-cao-hang-nam,ii,\(quote),\(title),Report the files settled on time,report,@xa/tinh-a,,tinh-a,"
            + "\(year(w))-12-15,\(w.isVietnamese ? "before" : "by"),annual,\n"
    }

    static func progressDeclaration(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        # Tình hình thực hiện đến ngày as_of: mỗi hàng là một đơn vị với một nhiệm vụ.
        # task (<tên tệp nhiệm vụ>/<id>), unit, status (not-started, in-progress, done, cancelled),
        # done_on (ngày hoàn thành; với báo cáo là ngày nhận), evidence (văn bản làm minh chứng), note.
        kind: progress
        as_of: \(year(w))-12-31
        # Số liệu do máy tạo để minh họa: mọi trang dùng đến đều ghi "dữ liệu minh họa".
        illustrative: true
        source: "Dữ liệu minh họa do lệnh minhbach new tạo"
        """ + "\n" : """
        # How the units stand as of as_of: each row is one unit with one task.
        # task (<tasks file name>/<id>), unit, status (not-started, in-progress, done, cancelled),
        # done_on (the day it was done; for a report, the day it was received), evidence (a document), note.
        kind: progress
        as_of: \(year(w))-12-31
        # Figures made up for the example: every page that shows them says "illustrative".
        illustrative: true
        source: "Illustrative data made by minhbach new"
        """ + "\n"
    }

    static func progress(_ w: StarterWords) -> String {
        let task = "\(w.documentID)/bao-cao-hang-nam", year = year(w)
        return "task,unit,status,done_on,evidence,note\n"
            + "\(task),xa-a,done,\(year)-12-10,,\n"
            + "\(task),xa-b,done,\(year)-12-18,,\n"
            + "\(task),phuong-c,in-progress,,,\n"
    }
}
