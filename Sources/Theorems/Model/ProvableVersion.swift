/// Provable's release version (semantic versioning; CHANGELOG.md says what each release
/// changes in verdicts and schemas). Reports carry it in their `provenance` block.
public enum ProvableVersion {
    public static let string = "0.5.0"
}
