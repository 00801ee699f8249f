module fluxtarreference

go 1.19
