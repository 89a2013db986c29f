/// Where a field's value came from: the text as read and its page, and the rule or model
/// that produced the value.
public struct Evidence: Sendable, Codable, Hashable {
    /// The span of OCR text the value was read from, as read (nil for inferred values).
    public var text: String?
    /// 1-based page number of that span.
    public var page: Int?
    /// The rule or model, e.g. "header.symbol.party", "classifier.naive-bayes v1".
    public var rule: String

    public init(text: String? = nil, page: Int? = nil, rule: String) {
        self.text = text
        self.page = page
        self.rule = rule
    }
}

/// One extracted metadata field: the value (nil when not found), a confidence in [0, 1] and
/// its evidence.
public struct ExtractedField<Value: Sendable & Codable & Hashable>: Sendable, Codable, Hashable {
    public var value: Value?
    public var confidence: Double
    public var evidence: Evidence

    public init(value: Value?, confidence: Double, evidence: Evidence) {
        self.value = value
        self.confidence = min(max(confidence, 0), 1)
        self.evidence = evidence
    }

    /// A field that was looked for and not found. The confidence says how sure we are that
    /// the document really has no such field.
    public static func absent(confidence: Double, rule: String) -> ExtractedField {
        ExtractedField(value: nil, confidence: confidence, evidence: Evidence(rule: rule))
    }
}
