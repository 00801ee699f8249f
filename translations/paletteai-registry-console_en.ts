<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Plans, checks and operates the OCI registries of a PaletteAI fleet.</source>
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
</context>
<context>
    <name>Helm::ExportPlan</name>
    <message>
        <source>%1: uses registry &apos;%2&apos;, which the topology does not define</source>
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
</context>
<context>
    <name>Helm::FieldRules</name>
    <message>
        <source>endpoint &apos;%1&apos; is not of the form &apos;oci://host[:port]&apos; (no scheme other than oci://, no path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &apos;%1&apos;: port %2 is outside 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Go duration such as 60s, 1m30s or 500ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helm::Reader</name>
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
        <source>the file has no hue.ociRegistry section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleetConfig.spokes must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a map</source>
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
        <source>%1.password is a plain-text password in the values file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.tls.key is a plain-text private key in the values file</source>
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
        <source>cannot create the directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helm::ValuesImporter</name>
    <message>
        <source>a values file must be a map at the top level</source>
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
    <message>
        <source>spoke &apos;%1&apos; was not in %2 and is appended with name and ociRegistry only; add its hubRef and kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke &apos;%1&apos; of %2 is not in the topology; kept untouched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helm::YamlSource</name>
    <message>
        <source>the file holds more than one YAML document</source>
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
</context>
<context>
    <name>Topology::Endpoint</name>
    <message>
        <source>endpoint &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>Ui::ActivityLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ActivityLogWidget</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
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
        <source>This build has no topology engine.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::FindingsPanel</name>
    <message>
        <source>Filter findings…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology files (*.prc-topology.yaml *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Helm Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Diagram (PNG/PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rrange Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Hub &amp;API Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registries of the open topology will be listed here with their credentials and a live connection check. Add registries on the Topology page; credentials are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories, tags and Flux artifacts of a registry will be browsable here. Choose a registry of the topology once its credentials are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spokes whose registry the hub cannot reach will be synchronized from here, directly or through an offline bundle. Mark the hub → registry reachability on the Topology page to see which spokes need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Hub-as-Spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from a cluster to a registry to make it use that registry (or hold Shift while dragging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: not determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spoke(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>kind not determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;production&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topology from the %1 template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Helm Values</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the diagram to %1.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store secrets inline in the topology file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not determined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachability (hub pushes to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another spoke is already called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the hub itself (hub-as-spoke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls from its registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches the hub API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another registry already has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub credentials can push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs inside the hub cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exposed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry connection (ociRegistry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart default</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline credentials instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account can push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>Ui::TemplateDialog</name>
    <message>
        <source>New Topology from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TopologyDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into Existing File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Secret Manifests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;hue.ociRegistry&lt;/b&gt; and &lt;b&gt;fleetConfig.spokes[].ociRegistry&lt;/b&gt; sections for &lt;tt&gt;helm install/upgrade -f&lt;/tt&gt;, updated as you edit the topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Merged File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>duration &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>YAML</name>
    <message>
        <source>%1: key &apos;%2&apos; in ociRegistry is not a chart field; kept as it was</source>
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
</context>
</TS>
