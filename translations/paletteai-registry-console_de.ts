<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>Plans, checks and operates the OCI registries of a PaletteAI fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub: %1, registry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spokes: %1, projects: %2, tenants: %3, reachability facts: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Secret manifest(s) not written: pass --secrets-dir DIR or -o FILE</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing written: validation found errors (use --force to export anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s) are written in plain text into the topology file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing written: the values file has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spoke(s)</source>
        <translation>
            <numerusform>%n Spoke</numerusform>
            <numerusform>%n Spokes</numerusform>
        </translation>
    </message>
    <message>
        <source>  Subject:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Issuer:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SANs:         %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Serial:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Valid from:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Valid until:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Key:          %1, %2 bits%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SHA-256:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key (%2) matches the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chains to the CA in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of %2 (%3, line %4):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage registry credentials kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect certificates and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registry login(s) imported from %1 into %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Standard input has %1 line(s) but %2 secrets were asked for with --*-stdin; give one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token: user %1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not use a cloud provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and administer registries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Flux content layer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1; validating without the secrets the topology refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already in %3 as &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 stored in %3 as &apos;%4&apos;, replacing the different value stored there before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 stored in %3 as &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written. The values file holds %n secret value(s); choose where they go: --keep-inline-secrets writes them into the topology file in plain text, --no-store-secrets leaves them out of it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s) are not written into the topology file (--no-store-secrets); import again without it to keep them in the keychain</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no artifactType)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty index: it lists no manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of its %1 entries is for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its entries are for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an index and %2; pass --platform os/arch[/variant] or pull REF@sha256:... of one entry:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Flux artifact: it has %2 layers and none is a Flux content layer (%3); pull extracts Flux artifacts, not container images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: standard input gave an empty line; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name is needed, not an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: standard input is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CertInspectCommand</name>
    <message>
        <source>Show what a certificate (bundle) is, and check a key and a CA against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key that should match the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle the certificate should chain to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the key&apos;s passphrase from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate or bundle (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give exactly one certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CheckCommand</name>
    <message>
        <source>Check that a registry can carry PaletteAI artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository for the probe artifact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host[:port] or oci://host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: expected one REGISTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is compatible with PaletteAI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is NOT compatible with PaletteAI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be reached; compatibility is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not accept the login; compatibility is unknown until the check can log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CpCommand</name>
    <message>
        <source>Copy an artifact between registries and OCI image layouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not copy referrers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host/repo[:tag][@digest] or oci-layout:PATH[:tag]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host/repo[:tag] or oci-layout:PATH[:tag]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: expected SRC and DST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --username would log in to both %1 and %2. Store each registry&apos;s login with &apos;credentials set&apos; (a copy uses each registry&apos;s own), then copy without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: a copy keeps the source&apos;s digest; name the destination with a tag, or with none to keep the source&apos;s tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CredentialImportCommand</name>
    <message>
        <source>Import registry logins from a Docker config.json or Podman auth.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in memory for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file; default: the first of the usual places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no Docker or Podman config found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CredentialListCommand</name>
    <message>
        <source>List the registries with stored credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGISTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRETS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CredentialRemoveCommand</name>
    <message>
        <source>Remove a registry&apos;s stored record and secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the session memory store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry host[:port] or oci:// endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give exactly one REGISTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no credentials stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the credentials of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CredentialServices</name>
    <message>
        <source>No secret is written to a file instead. To keep secrets in memory for this run only, pass --memory-store (or set PALETTEAI_REGISTRY_SECRET_STORE=memory).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CredentialSetCommand</name>
    <message>
        <source>Store a registry&apos;s login, TLS material and proxy (secrets go to the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give one REGISTRY, --cert-file together with --key-file, and --provider as aws, azure or gcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: paletteai-registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored credentials for %1 (%2); secrets in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the secrets are kept in memory and are gone when this process ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::CredentialShowCommand</name>
    <message>
        <source>Show what is stored for a registry (secrets only with --show-secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the secrets themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the session memory store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For aws, azure and gcp: get a token now and show when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry host[:port] or oci:// endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give exactly one REGISTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no credentials stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the secrets of %1 were kept in a session memory store and are gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::DigestCommand</name>
    <message>
        <source>Print the digest of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256 (default) or sha512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: expected exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown algorithm &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory; digest hashes one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown format &apos;%1&apos; (use text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::JobRunner</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::OciCommand</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: expected one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: paletteai-registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: &apos;%1&apos; is not a %2 in a registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::OciConnectionOptions</name>
    <message>
        <source>User name for the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password (or token) from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of extra trusted CA certificates (added to the system roots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM client certificate for mutual TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key of the client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the registry&apos;s TLS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk plain HTTP to the registry (never used unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a connection may stay idle before it fails (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every HTTP request and its status on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin needs --username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cert-file and --key-file go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown format &apos;%1&apos; (use text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read stored credentials from the session memory store, not the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the Docker credentials for %1 are not used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: standard input gave no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--username needs --password-stdin (pipe the password in); to use a stored login, leave both out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the key of the certificate in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the stored login of %1 has no secret in %2; pass the password with --username %1 --password-stdin, or store it again with &apos;credentials set&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the password of %1 was kept in memory by the process that stored it and is gone; pass it with --username %1 --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--username must be a name without &apos;:&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: stored secrets are not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::OciInspectCommand</name>
    <message>
        <source>Show a manifest or index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the manifest bytes exactly as the registry sent them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:          %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifests (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blobs (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: host[:port]/path[:tag][@digest], or oci-layout:PATH[:tag] for a layout on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::OciLsCommand</name>
    <message>
        <source>List the repositories of a registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: host[:port] or oci://host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the catalog is optional in the OCI spec and often restricted; &apos;tags HOST/REPOSITORY&apos; works without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: stopped after %1 pages; the list is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::OciRmCommand</name>
    <message>
        <source>Delete a manifest (by digest; a tag is resolved first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: host[:port]/path:tag or host[:port]/path@digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name the tag or digest to delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the manifest even when other tags point at it; they are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is %2, which is also tagged %3. A registry deletes a manifest with every tag that points at it; pass --force to delete them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 has more than %2 tags, too many to check which of them point at %3 and would be deleted with it; pass --force to delete it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: only %1 of the tags of %2 were checked; tags beyond them that point at the manifest go with it unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is tagged %2. A registry deletes a manifest with every tag that points at it; pass --force to delete them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::OciTagsCommand</name>
    <message>
        <source>List the tags of a repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer and signature tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository: host[:port]/path, or oci-layout:PATH for the ref names of a layout on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: &apos;%1&apos; names a manifest; give the repository or layout alone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::PullCommand</name>
    <message>
        <source>Pull a Flux artifact and extract its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory to extract into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list the files, extract nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host/repo:tag, host/repo@digest or oci-layout:PATH:tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: expected REF and either -o DIR or --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: paletteai-registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite files that exist already in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry of an index to pull (os/arch[/variant]); default: the only entry, else this host&apos;s platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --platform expects os/arch or os/arch/variant, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index entry %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: -o needs a directory, not an empty name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::PullCommand::Reporter</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::PushCommand</name>
    <message>
        <source>Push a directory or file as a Flux artifact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the files come from (a Git URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision of the files (branch@sha1:...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Unix epoch as creation time, so equal files give equal digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also leave out paths matching this pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory or file to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host/repo:tag or oci-layout:PATH:tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: expected PATH, REF, --source and --revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: paletteai-registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: push to a tag, not to a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --%1 must not be empty: Flux shows it as where the files came from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::SetOptions</name>
    <message>
        <source>Registry user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an OAuth2 identity (refresh) token from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle to trust (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase of an encrypted key from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL for this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the proxy password from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud identity: aws, azure or gcp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS profile for --provider aws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with an Azure AD access token for --provider azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-account key for --provider gcp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in memory for this run only (no keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry host[:port] or oci:// endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::SideOptions</name>
    <message>
        <source>Talk plain HTTP to the %1 registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the %1 registry&apos;s TLS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of extra CA certificates trusted for the %1 registry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::Topology</name>
    <message>
        <source>Create, check and summarize registry topology files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::TopologyKeychain</name>
    <message>
        <source>the keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain was not consulted (--no-secret-store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not resolved: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::TopologyNewCommand</name>
    <message>
        <source>Write a new topology file from the template of a topology kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite the file when it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --kind and -o are required and nothing else is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: paletteai-registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown kind &apos;%1&apos;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 exists; pass --force to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a %1 topology to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::TopologyOutput</name>
    <message>
        <source>error: unknown format &apos;%1&apos;; use text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: expected exactly one topology file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: paletteai-registry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::TopologyShowCommand</name>
    <message>
        <source>Summarize a topology file: its kind and why, and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::TopologyValidateCommand</name>
    <message>
        <source>Check a topology file against every offline rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate offline: do not read the secrets the topology refers to from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::Values</name>
    <message>
        <source>Export a topology as Helm values, or import a values file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::ValuesExportCommand</name>
    <message>
        <source>Write the Helm values of a topology (hue.ociRegistry and fleetConfig.spokes[].ociRegistry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the values to FILE (atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the ociRegistry sections into the existing values file VALUES; every other key keeps its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Secret manifests into DIR (default: &apos;secrets&apos; beside -o).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write passwords and keys into the values file instead of secret names (plain text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export even when validation finds errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as &apos;text&apos; for people (on standard error) or &apos;json&apos; (on standard output, with the values in it when -o is not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not read the secrets the topology refers to from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::ValuesImportCommand</name>
    <message>
        <source>Turn an existing PaletteAI values file into a topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Helm values file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the topology to FILE (atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as &apos;text&apos; (default) or &apos;json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write inline passwords and keys found in the values into the topology file (plain text) instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave inline passwords and keys out of the topology file and the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: choose one of --keep-inline-secrets and --no-store-secrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::ValuesOutput</name>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n validation note(s) not shown; &apos;paletteai-registry topology validate %1&apos; lists them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>usage: paletteai-registry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: paletteai-registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: paletteai-registry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::DemoWorkspace</name>
    <message>
        <source>Demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the sample values file: one hub and three spokes on two registries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated fleet of %n spoke(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Could not write the credential settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service-account private_key is not an RSA key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the service-account assertion failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted PKCS#8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy encrypted PKCS#1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy encrypted SEC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an OpenSSH key; TLS needs a PEM key (PKCS#1, PKCS#8 or SEC1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds a certificate, not a private key: are the certificate and key files swapped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key found (no BEGIN ... PRIVATE KEY line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::AwsEcr</name>
    <message>
        <source>environment (AWS_ACCESS_KEY_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and profile &apos;%1&apos; has no aws_access_key_id in %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Amazon ECR registry host (&lt;account&gt;.dkr.ecr.&lt;region&gt;.amazonaws.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECR GetAuthorizationToken at %1 failed with HTTP %2: %3 %4 (credentials from %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECR at %1 returned no usable authorizationToken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::AzureAcr</name>
    <message>
        <source>No Azure AD access token: set AZURE_ACCESS_TOKEN (for example from &apos;az account get-access-token --query accessToken -o tsv&apos;) or name a token file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACR token exchange at %1 failed with HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::ConnectionFactory</name>
    <message>
        <source>timeout &apos;%1&apos; is not a Go duration between 1ms and 24h, such as 60s or 1m30s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to registry &apos;%1&apos; has no endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate of %1 needs both a certificate and a key; only the %2 is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: static credentials are set, so the %2 provider is not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::CredentialHelper</name>
    <message>
        <source>The credential helper %1 is not installed (not found in PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 did not answer &apos;%2&apos; within %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 failed on &apos;%2&apos; (exit code %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper docker-credential-%1 answered with invalid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::DockerConfig</name>
    <message>
        <source>Not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auths in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auths.&quot;%1&quot;.auth is not the base64 encoding of user:password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::GcpToken</name>
    <message>
        <source>Not a Google service-account key (&quot;type&quot; is not &quot;service_account&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Google credentials: set GOOGLE_OAUTH_ACCESS_TOKEN or GOOGLE_APPLICATION_CREDENTIALS, or name a service-account key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google token request to %1 for %2 failed with HTTP %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::KeychainStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (org.freedesktop.secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running or refused to read &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running or refused to store &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running or refused to remove &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry &apos;%1&apos; was not written by this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of %2 of the secret &apos;%3&apos; is missing from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; read back from the keychain is damaged (digest mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::MemoryStore</name>
    <message>
        <source>session memory (not kept after exit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::PemScanner</name>
    <message>
        <source>Truncated PEM: the %1 block that begins at line %2 has no END line before the next BEGIN at line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 block that begins at line %2 ends with END %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::TlsMaterial</name>
    <message>
        <source>Truncated PEM: the %1 block that begins at line %2 has no END line (missing END line after line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PEM file, and not a DER certificate either: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate that begins at line %1 cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds a private key (%1), not a certificate: are the certificate and key files swapped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate found (no BEGIN CERTIFICATE line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted (%1) and needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for the encrypted private key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 block that begins at line %2 cannot be decoded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate or key cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapped key: the %1 key does not match the certificate %2 (%3 key); it belongs to another certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 does not chain to the given CA: %2 (at depth %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is not yet valid: it is valid from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 expires in %2 day(s), on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is valid until %2 (%3 days left).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::TokenRequest</name>
    <message>
        <source>POST %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials::TopologySecrets</name>
    <message>
        <source>hub %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; from %2 before storing %3 of %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1 of %2 in %3 under &apos;%4&apos;: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds nothing under this key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helm</name>
    <message>
        <source>%1: %2 has a secret name and inline data; the inline data is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleetConfig.spokes[%1] has no &apos;name&apos;; spokes are matched by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke name &apos;%1&apos; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the basic-auth password is written in plain text into the values file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the proxy password is written in plain text into the values file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the TLS private key is written in plain text into the values file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; in ociRegistry is not a chart field; kept as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke &apos;%1&apos; was not in %2 and is appended with name and ociRegistry only; add its hubRef and kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke &apos;%1&apos; of %2 is not in the topology; kept untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the secret references cannot be resolved (--no-secret-store skips the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret reference(s) read from the keychain</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Helm::ExportPlan</name>
    <message>
        <source>%1: uses registry &apos;%2&apos;, which the topology does not define</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helm::SecretWriter</name>
    <message>
        <source>Secret &apos;%1&apos; (%2) not written: fill in %3, then create it in namespace &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (credential-store key &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush the written files to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helm::ValuesImporter</name>
    <message>
        <source>a values file must be a map at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topology kind: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not read as a string by every YAML reader; write it quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false (unquoted), not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no hue.ociRegistry section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleetConfig.spokes must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name must be a DNS-1123 label (lower-case letters, digits, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke name &apos;%1&apos; appears more than once (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ociRegistry section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.endpoint is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.timeout must be a Go duration such as 60s, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.provider must be one of aws, azure, gcp, generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Docker Hub (&apos;%2&apos;) is not supported: it restricts the media types PaletteAI pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a plain-text private key in the values file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a plain-text password in the values file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like a Kubernetes object (kind: %1), not a Helm values file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helm::ValuesMerger</name>
    <message>
        <source>a values file must be a map at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;fleetConfig.spokes&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helm::YamlSource</name>
    <message>
        <source>the file holds more than one YAML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels or expands to more than %2 nodes through aliases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs::Job</name>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci</name>
    <message>
        <source>manifest %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.annotations must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.annotations[&quot;%2&quot;] must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is neither a file nor a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write through the link &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry is a link, device or other special file (type &apos;%1&apos;); only regular files and directories are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry of %1 bytes is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer is larger than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediaType &apos;%1&apos; is not a manifest media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository &apos;%1&apos; has an empty path component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper-case letters are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository &apos;%1&apos;: &apos;%2&apos; in component &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository &apos;%1&apos;: component &apos;%2&apos; must start and end with a letter or digit, with single &apos;.&apos;, one or two &apos;_&apos;, or dashes between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry &apos;%1&apos;: missing &apos;]&apos; after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry &apos;%1&apos;: unexpected text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry &apos;%1&apos;: empty port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry host &apos;%1&apos; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry &apos;%1&apos; has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry &apos;%1&apos;: port &apos;%2&apos; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest received has digest %2, not the requested %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Docker-Content-Digest says %2 but the bytes received hash to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a repository in a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is %1 bytes; registries accept at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest bytes hash to %1, not to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists and is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory; the layer has a file there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists already; refusing to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the extracted file into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resume blob %1 at byte %2: the bytes before it were not hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;annotations&apos; must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations[&quot;%1&quot;] must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is %1 bytes; at most %2 are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read this directory (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read this directory (permission denied); fix its permissions or leave it out with --ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass the CA that signed it with --ca-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach the registry by one of those names, or have its certificate reissued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass a client certificate the registry trusts with --cert-file and --key-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is self-signed (%1) and is not among the CA certificates given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate was issued by %1, which is not among the CA certificates given nor trusted by this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is self-signed (%1), which this machine does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate was issued by %1, which this machine does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is not valid before %1 (check this machine&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 files and directories, more than the %2 an artifact may hold; leave some out with --ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 bytes, more than the %2 bytes a file in an artifact may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 bytes of files, more than the %2 bytes an artifact may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer holds this file twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this name is not valid UTF-8, which the paths of an artifact must be; rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this name holds a backslash, which pull refuses (it separates paths on Windows); rename it, or leave it out with --ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this name holds a backslash, which pull refuses (it separates paths on Windows); rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry &apos;%1&apos;: &apos;%2&apos; in brackets is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::BlobDownload</name>
    <message>
        <source>cannot download blob %1: the destination is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the download broke off %2 times; gave up with %3 of %4 bytes received (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broke off at byte %2 of %3; resuming from there in %4 s (attempt %5 of %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resume downloads (Range ignored); starting blob %2 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server ignores Range requests and the destination cannot start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server ignores Range requests and %1 fresh starts did not complete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot resume the download of %2 after %3 bytes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: received %2 bytes, the descriptor says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bytes received hash to %2, not to the requested digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::BlobUpload</name>
    <message>
        <source>upload of %1 to %2: the source is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload of %1: cannot rewind the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload of %1: chunked uploads need a seekable source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload of %1: the source ended at byte %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading a chunk of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming the upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading %1 (both monolithic and chunked uploads were refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completing the upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry stored %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::CompatibilityCheck</name>
    <message>
        <source>Reach /v2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials given; anonymous access works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a probe artifact with custom media types and an artifactType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the probe back byte for byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest came back changed (%1 bytes sent, %2 received; digest %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer came back changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest and layer identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe tag %1 is missing from the %2 tags listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach and find a referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrers API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag fallback (no referrers API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referrer was not listed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility check of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the registry refused to delete the probe, so %1 stay in %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Oci::CopyJob</name>
    <message>
        <source>Copying %1 (%2) from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrers of %1 not listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying referrer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob %1 is present already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob %1 mounted from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob %1 copied (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1: %2 manifests, %3 blobs copied, %4 present already, %5 mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob %1: continuing the earlier download failed (%2); downloading it from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source&apos;s tag cannot be a registry tag (%1); name the destination&apos;s tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::Descriptor</name>
    <message>
        <source>%1.mediaType is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.digest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.size must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::Digest</name>
    <message>
        <source>&apos;%1&apos; is not a digest: expected sha256:&lt;64 lower-case hex&gt; or sha512:&lt;128 lower-case hex&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error while hashing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::DirectBlobPut</name>
    <message>
        <source>it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source could not be read at byte %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response headers exceed %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed response status line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed response header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Content-Length in the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection lost after %2 of %3 body bytes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection lost while reading the response: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data from %1 for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::FluxArtifact</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::GzipReader</name>
    <message>
        <source>a gzip reader can only be opened for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot initialise the gzip decompressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data stalled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read compressed data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data ends before its trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::GzipWriter</name>
    <message>
        <source>a gzip writer can only be opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot initialise the gzip compressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip compression failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write compressed data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::HttpExchange</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data from %1 for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect from HTTPS to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resend the body after a redirect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 %3; waiting %4 s before retry %5 of %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for the bytes from %1 on, but the server answered %2 with the whole content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for the bytes from %1 on, but the answer&apos;s Content-Range is &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broke off after %2 bytes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 of the %3 bytes it announced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::LayoutStore</name>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout archive does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest bytes do not match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob has %1 bytes, its descriptor says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuing blob %1 from byte %2 of %3 left by an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process is writing this archive; run the copies one after another, or copy into a layout directory, which takes them side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a copy into %2 is staged whole in %3 first; point TMPDIR at a place with room for the artifact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory with other files in it, not an OCI image layout; copy into a new or empty directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 in the layout is damaged: its bytes hash to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::Manifest</name>
    <message>
        <source>schemaVersion is %1; only 2 is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image manifest has no &apos;config&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::OciLayout</name>
    <message>
        <source>not an OCI image layout (no readable oci-layout file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oci-layout is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported imageLayoutVersion &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 is not in the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 is a link or not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 lies outside the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open blob: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob content does not match its digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write blob: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read blob source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blob source stalled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob does not match its descriptor: expected %1 (%2 bytes), got %3 (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index.json is a link; a layout must hold its own files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index.json is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index.json has no &quot;manifests&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index.json manifests[%1].digest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index.json manifests[%1].size is missing or negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the layout; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a relative path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; escapes the target directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 is missing or has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory to unpack the layout into is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is a link or special file (type &apos;%2&apos;), which a layout must not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout holds a link or special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 bytes are kept for a later run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partial blob is a link; a layout must hold its own files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the partial blob: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the partial blob: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the finished blob into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the partial blob was dropped, the next run starts from zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout holds no manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout holds more than one manifest; name one with :TAG or @DIGEST. It has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process keeps this locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create this lock file: the layout directory is not writable (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create this lock file (is the disk full or read-only?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout holds one manifest under several names; name one with :TAG. It has: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::ProxySettings</name>
    <message>
        <source>The proxy address &apos;%1&apos; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy &apos;%1&apos; is reached over TLS (https://), which this console cannot do; use the proxy&apos;s plain http:// address (requests to the registry stay encrypted inside the tunnel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address &apos;%1&apos; has the unsupported scheme &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::Reference</name>
    <message>
        <source>the repository name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository &apos;%1&apos; is %2 characters long; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; is %2 characters long; at most 128 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; must start with a letter, digit or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; may contain only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos; names no layout directory or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: only the oci:// scheme is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos; names a registry but no repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::RegistryBlobStream</name>
    <message>
        <source>cannot open the download stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download of %1 stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::RegistryClient</name>
    <message>
        <source>looking up blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bytes received hash to %2, not to the requested digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the blob is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaching the registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::RegistryClientPrivate</name>
    <message>
        <source>listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the next page link points to another origin: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the next page link repeats an earlier page: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest is larger than %2 bytes; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushing manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry stored %2 but the bytes sent hash to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the referrers tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the referrers tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the registry does not allow deletes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing referrers of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::RegistryError</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry may speak plain HTTP; if so, use --plain-http (in a topology: mark the registry insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry speaks HTTPS; drop --plain-http (and pass its CA with --ca-file if it is not trusted here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the registry speaks HTTPS, drop --plain-http (and pass its CA with --ca-file if it is not trusted here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::RegistryStore</name>
    <message>
        <source>%1: the registry stored digest %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::RegistryTransport</name>
    <message>
        <source>the CA certificate data holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client certificate is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client key cannot be read: it is not a PEM private key, or it is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s bearer challenge names no realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry asks for credentials and none are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry asks for credentials; getting them failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry rejected the credentials of user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry asks for an authentication scheme this client does not support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token service %1 answered %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token service %1 returned no token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::TarReader</name>
    <message>
        <source>the archive ends inside entry &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extended tar header of %1 bytes is larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive ends inside an extended header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive ends without its end-of-archive marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tar header has a wrong checksum (not a tar archive, or corrupt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tar header has an unreadable size field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::TarWriter</name>
    <message>
        <source>the file ended or failed after %1 of %2 bytes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::TlsDiagnosis</name>
    <message>
        <source>its certificate names no host, so it cannot be for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refused the client certificate (it was not issued by a CA the registry trusts, or it has expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry requires a client certificate and none was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oci::VerifyingReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends after %2 of its %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its digest: its bytes hash to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>has no scheme and carries a path; write &apos;oci://%1&apos; and put &apos;%2&apos; into the repository field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no scheme; write &apos;oci://%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses https://; the chart takes &apos;oci://%1&apos; (TLS is used by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses http://; write &apos;oci://%1&apos; and mark the registry insecure to allow plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme &apos;%1://&apos; is not supported; write &apos;oci://%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains user information or a digest; put credentials into basic auth, never into the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries a query; the endpoint is &apos;oci://%1&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries a fragment; the endpoint is &apos;oci://%1&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with &apos;/&apos;; write &apos;oci://%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries the path &apos;%1&apos;; the endpoint is &apos;oci://%2&apos; and the path belongs into the repository field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; is not a DNS name (letters, digits and &apos;-&apos; in dot-separated labels of up to 63 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has &apos;:&apos; but no port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is outside 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown registry service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon ECR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Container Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Artifact Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Container Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Container Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic OCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub-as-Spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single External Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry on Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zot registry bundled with the appliance runs inside the hub, and the hub is its own spoke. Needs no configuration; for learning, development and demos, not for production. Remote spokes need the Zot registry exposed outside the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One existing registry (ECR, ACR, Harbor, ...) shared by the hub and every spoke: the recommended production setup. Every cluster must reach it; the hub needs push credentials and the spokes pull credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production Zot on the hub, exposed to the spokes, for organisations without a central registry. Needs several replicas on shared persistent storage, an Ingress or LoadBalancer, and every spoke reaching the exposed endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry per spoke or regional group, for spokes in isolated networks. Each spoke must reach its registry and the hub API server; spokes whose registry the hub cannot reach must be synchronized by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not start or end with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not carry a tag or digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an empty path component (&apos;//&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component &apos;%1&apos; has upper-case letters; use &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component &apos;%1&apos; is not runs of [a-z0-9] joined by &apos;.&apos;, &apos;_&apos;, &apos;__&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together with the host &apos;%1&apos; it is %2 characters long; the limit is 254</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub and every spoke use the registry &apos;%1&apos;, which does not run on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every cluster uses the registry &apos;%1&apos;, which runs on the hub and is exposed through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every cluster uses the registry &apos;%1&apos; inside the hub and only the hub itself is a spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every cluster uses the registry &apos;%1&apos; inside the hub; it is not exposed, yet %n remote spoke(s) use it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no cluster names a registry; the chart&apos;s default is the Zot registry inside the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the clusters use %n different registries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The appliance default: the bundled Zot inside the hub, which is its own spoke. For evaluation and development, not for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled Zot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Harbor registry shared by the hub and every spoke: the recommended production setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate Harbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production Zot on the hub with three replicas on shared storage, exposed to the spokes through an Ingress with TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zot on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry per region: ECR for the US spokes, a Zot for the European spokes and one for an isolated factory the hub cannot reach, synchronized by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>endpoint &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology::ConnectionValidator</name>
    <message>
        <source>names no registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the registry &apos;%1&apos;, which the topology does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulls from &apos;%1&apos;, which resolves only inside a cluster; only the hub&apos;s own spoke (hub-as-spoke) can use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(use the exposed endpoint &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout &apos;%1&apos; must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout &apos;%1&apos; is under 10s; pushes and pulls of large artifacts may fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout &apos;%1&apos; is over 10m; a dead registry blocks reconciliation that long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure is on, so the CA and client certificates given are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure is on and credentials are set: they cross the network without a verified server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure is on for a registry that receives Integration Secrets; they cross the network unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure is on for a cloud registry, which only speaks verified TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both %1 and %2 are set; the chart ignores the inline data, so set only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic auth has no username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic auth has no password and no credential-store reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spoke&apos;s account can push; spokes only need pull access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy address &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy has a password but no username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy has a username but no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client key is given without tls.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; expires on %2, within %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client key lives in the credential store, so it was not compared with tls.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live check: open the topology with its credentials and validate again, or run the credential store&apos;s TLS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; is set together with static credentials; Flux uses the static credentials and the cloud identity stays unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; does not fit &apos;%2&apos;, a %3 host (provider &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; is set, but &apos;%2&apos; does not look like a host of that cloud; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 host but the provider is &apos;%3&apos; and no credentials are set; set provider &apos;%4&apos; to use the cloud identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is written out in plain text, into a Secret manifest or, with inline secrets, into the values file; prefer basicAuthSecretName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy password is written out in plain text, into a Secret manifest or, with inline secrets, into the values file; prefer proxySecretName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls.crt is given without its key (tls.key or tlsKeyRef)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not parse: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key is encrypted; Flux needs it unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; issued by &apos;%2&apos;, valid until %3 (SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client key matches tls.crt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology::Endpoint</name>
    <message>
        <source>endpoint is empty; expected &apos;oci://host[:port]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens an IPv6 address with &apos;[&apos; but does not close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like an IPv6 address without brackets; write &apos;oci://[address]:port&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has spaces at the start or the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology::GoDuration</name>
    <message>
        <source>is empty; write e.g. &apos;60s&apos;, &apos;1m30s&apos; or &apos;500ms&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a sign but no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no unit; add one of ns, us, ms, s, m, h (e.g. &apos;%1s&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;; use ns, us, ms, s, m or h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology::TopologyFile</name>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology::TopologyReader</name>
    <message>
        <source>%1 must be a single value, not a list or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a string for every YAML reader; write it in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a secret value, but the topology does not set inlineSecrets: true; keep the secret in the credential store and write its reference instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registries[%1]: the registry id &apos;%2&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spokes[%1]: the spoke name &apos;%2&apos; is used twice; spoke names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a topology starting with &apos;kind: %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a YAML mapping; expected &apos;kind: RegistryTopology&apos; and &apos;version: 1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a registry topology: &apos;kind&apos; is &apos;%1&apos;, expected &apos;RegistryTopology&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topology has no &apos;version&apos;; this console reads version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topology format version %1 is not supported; this console reads version 1 (a newer console may read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &apos;kind&apos; and &apos;reach&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;scope&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology::TopologyReader::Map</name>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a key that is not a plain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown key &apos;%2&apos;; allowed are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the key &apos;%2&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a decimal whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology::ValidationContext</name>
    <message>
        <source>&apos;%1&apos; is Docker Hub, which restricts media types and cannot hold PaletteAI artifacts; use another OCI registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology::Validator</name>
    <message>
        <source>secret values are stored in the topology file in plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values file addresses spokes by position (spokes[&lt;index&gt;]); the console keys them on names and rewrites the indexes, so reordering spokes changes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry id &apos;%1&apos; is not a DNS-1123 label (lower-case letters, digits and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry id &apos;%1&apos; is defined more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; resolves only inside a cluster, but the registry does not run on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a private address or name; every cluster that uses it must route there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live check: test the connection from each cluster that uses this registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicas is %1; it must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure is set, but the registry does not run on the hub; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry is exposed through %1 but the exposed endpoint is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exposed endpoint &apos;%1&apos; resolves only inside a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry is marked %1, but &apos;%2&apos; is not a host of that service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 host; marking the registry as such enables its checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub name &apos;%1&apos; is not a DNS-1123 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release namespace &apos;%1&apos; is not a DNS-1123 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server &apos;%1&apos; is not an https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke name &apos;%1&apos; is used more than once; spoke names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spokes are marked as the hub itself; only one can be</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>spoke name &apos;%1&apos; is not a DNS-1123 label (lower-case letters, digits and &apos;-&apos;, at most 63 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to the project &apos;%1&apos;, which the topology does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to no project; it receives Definitions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project name &apos;%1&apos; is not a DNS-1123 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &apos;%1&apos; is defined more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project belongs to no tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to the tenant &apos;%1&apos;, which the topology does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant name &apos;%1&apos; is not a DNS-1123 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; is defined more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fact %1 &apos;%2&apos; → &apos;%3&apos; names an element the topology does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fact %1 &apos;%2&apos; → &apos;%3&apos; is stated again with another result; the first one counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the federation rule has no pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project-scoped pattern &apos;%1&apos; does not capture {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; captures {project} but its scope is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; appears more than once; the first rule wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no federation rule has the global scope, so Definitions cannot be recognised for manual sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster uses this registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spokes of the projects %1 share this registry; project-scoped artifacts, Integration Secrets included, are readable by spokes of the other projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECR does not create repositories on push; the repositories under %1 must exist before the hub pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live check: list the repositories of the registry in the Registries view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 use different inline data for the fixed-name secret &apos;%2&apos; in the namespace &apos;%3&apos;; one overwrites the other, so use secret names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub-as-Spoke is meant for evaluation and development, and this topology is marked production</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remote spoke(s) use the registry inside the hub, which is not exposed outside the cluster; expose it through an Ingress or a LoadBalancer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a production registry on the hub needs more than one replica; it has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s storage is ephemeral; artifacts are lost when a pod restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replicas cannot share one ReadWriteOnce volume; use ReadWriteMany storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Ingress does not terminate TLS; credentials and artifacts cross the network in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Ingress limits the body size or uses short timeouts; large layer pushes fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub&apos;s credentials for its own registry cannot push; the hub publishes every artifact there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub cannot reach its registry &apos;%1&apos;, so it cannot publish anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spoke cannot reach its registry &apos;%1&apos;, so Flux cannot pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spoke cannot reach the hub API server, so it cannot register or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub cannot reach &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub has no push credentials for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Definitions and the resources of the projects %1 (Projects, Settings, Tenants, Integration Secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual sync: %1; copy %2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known whether %1 can reach %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live check: test the connection from the cluster and record the result as measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ActivityLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityLogWidget</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Export Activity Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CoreApi</name>
    <message>
        <source>Use 1–63 lower-case letters, digits or &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a full URL such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values file cannot be imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DiagramExporter</name>
    <message>
        <source>The diagram is too large for an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the diagram as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::FindingsModel</name>
    <message>
        <source>hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>Ui::FindingsPanel</name>
    <message>
        <source>Filter findings…</source>
        <translation>Befunde filtern…</translation>
    </message>
    <message>
        <source>No findings: the topology meets every rule the console checks offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide findings of this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Topology files (*.prc-topology.yaml *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import Helm Values…</source>
        <translation>Helm-Values &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Values…</source>
        <translation>Values &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Diagram (PNG/PDF)…</source>
        <translation>&amp;Diagramm exportieren (PNG/PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rrange Automatically</source>
        <translation>Automatisch &amp;anordnen</translation>
    </message>
    <message>
        <source>Show Hub &amp;API Lines</source>
        <translation>Linien zur Hub-&amp;API zeigen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Plans the OCI registries of a PaletteAI fleet, checks the plan and writes the matching Helm values.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registries</translation>
    </message>
    <message>
        <source>The registries of the open topology will be listed here with their credentials and a live connection check. Add registries on the Topology page; credentials are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Repositories, tags and Flux artifacts of a registry will be browsable here. Choose a registry of the topology once its credentials are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Spokes whose registry the hub cannot reach will be synchronized from here, directly or through an offline bundle. Mark the hub → registry reachability on the Topology page to see which spokes need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm Values</source>
        <translation>Helm-Values</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Add Spoke</source>
        <translation>Spoke hinzufügen</translation>
    </message>
    <message>
        <source>Add Hub-as-Spoke</source>
        <translation>Hub-as-Spoke hinzufügen</translation>
    </message>
    <message>
        <source>Add Registry</source>
        <translation>Registry hinzufügen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Drag from a cluster to a registry to make it use that registry (or hold Shift while dragging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Kind: not determined</source>
        <translation>Art: nicht bestimmt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spoke(s)</source>
        <translation>
            <numerusform>%n Spoke</numerusform>
            <numerusform>%n Spokes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry(ies)</source>
        <translation>
            <numerusform>%n Registry</numerusform>
            <numerusform>%n Registries</numerusform>
        </translation>
    </message>
    <message>
        <source>kind not determined</source>
        <translation>Art nicht bestimmt</translation>
    </message>
    <message>
        <source> · &lt;b&gt;production&lt;/b&gt;</source>
        <translation> · &lt;b&gt;Produktion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>New topology from the %1 template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation>Topologie öffnen</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Topology</source>
        <translation>Topologie speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Helm Values</source>
        <translation>Helm-Values importieren</translation>
    </message>
    <message>
        <source>Helm values (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the diagram to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template with File ▸ New from Template…, bring in an existing installation with File ▸ Import Helm Values…, or add registries and spokes with the palette above and connect them by dragging with Connect or Shift held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MoveNodesCommand</name>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PropertyEditor</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Hub %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n elements selected — showing the topology</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE----- …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Store secrets inline in the topology file</source>
        <translation>Secrets direkt in der Topologiedatei speichern</translation>
    </message>
    <message>
        <source>Inferred kind</source>
        <translation>Ermittelte Art</translation>
    </message>
    <message>
        <source>Not determined yet</source>
        <translation>Noch nicht bestimmt</translation>
    </message>
    <message>
        <source>Hub cluster</source>
        <translation>Hub-Cluster</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <source>Release namespace</source>
        <translation>Release-Namespace</translation>
    </message>
    <message>
        <source>Reachability (hub pushes to)</source>
        <translation>Erreichbarkeit (Hub pusht nach)</translation>
    </message>
    <message>
        <source>Spoke cluster</source>
        <translation>Spoke-Cluster</translation>
    </message>
    <message>
        <source>Another spoke is already called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Is the hub itself (hub-as-spoke)</source>
        <translation>Ist der Hub selbst (Hub-as-Spoke)</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Pulls from its registry</source>
        <translation>Zieht aus seiner Registry</translation>
    </message>
    <message>
        <source>Reaches the hub API server</source>
        <translation>Erreicht den API-Server des Hubs</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Another registry already has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Hub credentials can push</source>
        <translation>Hub-Zugangsdaten dürfen pushen</translation>
    </message>
    <message>
        <source>Deployment on the hub</source>
        <translation>Betrieb auf dem Hub</translation>
    </message>
    <message>
        <source>Runs inside the hub cluster</source>
        <translation>Läuft im Hub-Cluster</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Not exposed</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoadBalancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed endpoint</source>
        <translation>Freigegebener Endpunkt</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation>Flüchtig</translation>
    </message>
    <message>
        <source>Persistent, ReadWriteOnce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent, ReadWriteMany (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress terminates TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress body size unlimited, long timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub pushes to it</source>
        <translation>Hub pusht dorthin</translation>
    </message>
    <message>
        <source>Registry connection (ociRegistry)</source>
        <translation>Registry-Verbindung (ociRegistry)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint override</source>
        <translation>Abweichender Endpunkt</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Insecure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Chart default</source>
        <translation>Chart-Vorgabe</translation>
    </message>
    <message>
        <source>false — verify TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true — skip TLS verification, allow HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic auth</source>
        <translation>Basic Auth</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Secret-Name</translation>
    </message>
    <message>
        <source>Inline credentials instead</source>
        <translation>Stattdessen direkte Zugangsdaten</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Account can push</source>
        <translation>Konto darf pushen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA certificate (ca.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (tls.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key (tls.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename spoke %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename registry %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and tenants</source>
        <translation>Projekte und Mandanten</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Tenant of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation rules</source>
        <translation>Föderationsregeln</translation>
    </message>
    <message>
        <source>One rule a line: a scope (global, project or workload) and a repository pattern, e.g. &lt;tt&gt;project projects/{project}/**&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: write a scope (global, project or workload), a space and a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename hub %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TemplateDialog</name>
    <message>
        <source>New Topology from Template</source>
        <translation>Neue Topologie aus Vorlage</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Add spoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n element(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to registry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 → %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TopologyScene</name>
    <message numerus="yes">
        <source>%n spoke(s)</source>
        <translation>
            <numerusform>%n Spoke</numerusform>
            <numerusform>%n Spokes</numerusform>
        </translation>
    </message>
    <message>
        <source>No registry · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registry chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · on hub · %n replica(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>endpoint not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN-HUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPOKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub registry · push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pull · %n spoke(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Release the drag over another node to connect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster connects to a registry, or a spoke to the hub&apos;s API server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ValuesView</name>
    <message>
        <source>Helm values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm values (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to File…</source>
        <translation>In Datei exportieren…</translation>
    </message>
    <message>
        <source>Merge into Existing File…</source>
        <translation>In bestehende Datei einfügen…</translation>
    </message>
    <message>
        <source>Export Secret Manifests…</source>
        <translation>Secret-Manifeste exportieren…</translation>
    </message>
    <message>
        <source>The &lt;b&gt;hue.ociRegistry&lt;/b&gt; and &lt;b&gt;fleetConfig.spokes[].ociRegistry&lt;/b&gt; sections for &lt;tt&gt;helm install/upgrade -f&lt;/tt&gt;, updated as you edit the topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Merged File</source>
        <translation>Zusammengeführte Datei schreiben</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>The topology has %n error(s). Values written now would not work as planned. Write them anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Values</source>
        <translation>Values exportieren</translation>
    </message>
    <message>
        <source>Wrote values to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into Values File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already holds these values; nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge into %1&lt;/b&gt;&lt;br&gt;Review the changes below. Nothing is written until you choose &lt;i&gt;Write Merged File&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other key keeps its value and order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged the registry sections into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Secret Manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology refers to no Secrets the console can write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Util</name>
    <message>
        <source>cannot open for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory: %1 is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory: %1 is not writable (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on the device that holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Util::ActivityLog</name>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Generated a fleet of %n spoke(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans the OCI registries of a PaletteAI fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Helm values file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a generated fleet of N spokes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a page: topology, registries, artifacts, sync, values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a merge into a values file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select hub, spoke:NAME or registry:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure opening and editing N spokes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, e.g. de; the system&apos;s by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas zoom factor, e.g. 0.6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
