import COpenSSL

extension Certificate {
    /// The subject's organization (O), e.g. the archive's agency; nil when the name has none.
    public var organization: String? { subjectEntry(NID_organizationName) }
    /// The subject's common name (CN).
    public var commonName: String? { subjectEntry(NID_commonName) }

    /// The first subject entry with `nid`, as UTF-8.
    private func subjectEntry(_ nid: Int32) -> String? {
        let name = X509_get_subject_name(pointer)
        let index = X509_NAME_get_index_by_NID(name, nid, -1)
        guard index >= 0, let entry = X509_NAME_get_entry(name, index), let value = X509_NAME_ENTRY_get_data(entry) else { return nil }
        var output: UnsafeMutablePointer<UInt8>?
        let length = ASN1_STRING_to_UTF8(&output, value)
        guard length > 0, let output else { return nil }
        defer { archivist_OPENSSL_free(output) }
        return String(decoding: UnsafeBufferPointer(start: output, count: Int(length)), as: UTF8.self)
    }
}
