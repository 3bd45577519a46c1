module signet.dev/buildkit-scanner

go 1.22
