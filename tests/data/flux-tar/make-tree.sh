#!/bin/sh
# Creates the tree whose Flux layer headers golden.tar holds, with every mode set explicitly so that the
# umask of whoever runs it does not matter. Usage: make-tree.sh DIRECTORY (created, must not exist).
set -eu
root=$1
mkdir "$root"
cd "$root"
utf8name=$(printf 'd\303\251finitions.yaml')

mkdir -p deploy/empty "long-$(printf 'd%.0s' $(seq 1 60))/$(printf 'e%.0s' $(seq 1 60))" shared
printf 'apiVersion: v1\nkind: ConfigMap\n' > deploy/app.yaml
printf '#!/bin/sh\necho run\n' > deploy/run.sh
printf 'secret: value\n' > secret.yaml
printf 'caf\303\251\n' > "$utf8name"
printf 'shared\n' > "shared/$utf8name"
printf 'long\n' > "long-$(printf 'd%.0s' $(seq 1 60))/$(printf 'e%.0s' $(seq 1 60))/file.yaml"
printf 'name\n' > "$(printf 'n%.0s' $(seq 1 120)).yaml"
: > empty.txt

chmod 0750 .
chmod 0755 deploy deploy/empty "long-$(printf 'd%.0s' $(seq 1 60))" "long-$(printf 'd%.0s' $(seq 1 60))/$(printf 'e%.0s' $(seq 1 60))"
chmod 2775 shared
chmod 0644 deploy/app.yaml "$utf8name" "shared/$utf8name" empty.txt
chmod 0755 deploy/run.sh
chmod 0600 secret.yaml
chmod 0664 "long-$(printf 'd%.0s' $(seq 1 60))/$(printf 'e%.0s' $(seq 1 60))/file.yaml"
chmod 0444 "$(printf 'n%.0s' $(seq 1 120)).yaml"
ln -s deploy/app.yaml link.yaml
