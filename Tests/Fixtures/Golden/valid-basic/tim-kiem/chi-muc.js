__minhbachSearch("m",0,{"v":2,"records":23,"shards":1,"per":50,"kinds":["Trang","Văn bản","Chỉ tiêu","Đơn vị","Mô hình","Nhiệm vụ"]});
