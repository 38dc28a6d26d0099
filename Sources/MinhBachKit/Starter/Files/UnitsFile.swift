/// `content/don-vi.csv`: the units registry (a CSV file has no comments: `site.yml` and the
/// data declaration say what it is).
enum UnitsFile {
    static func text(_ w: StarterWords) -> String {
        let header = "code,name,short_name,kind,parent,valid_from,valid_to,successors\n"
        return header + (w.isVietnamese ? """
        tinh-a,Tỉnh A,Tỉnh A,tinh,,,,
        xa-a,Xã A,Xã A,xa,tinh-a,,,
        xa-b,Xã B,Xã B,xa,tinh-a,,,
        phuong-c,Phường C,Phường C,xa,tinh-a,,,
        """ : """
        tinh-a,Province A,Province A,tinh,,,,
        xa-a,Commune A,Commune A,xa,tinh-a,,,
        xa-b,Commune B,Commune B,xa,tinh-a,,,
        phuong-c,Ward C,Ward C,xa,tinh-a,,,
        """) + "\n"
    }
}
