extension English {
    /// Bodies in the units registry (Party bodies, mass organisations, public-service units) and
    /// the documents they issue (`issuer_unit:`).
    static let bodies: [String: String] = [
        "bodies.unmeasured-kind-hint": "indicators count units of kind '{kind}' only when they name it in 'unit_kinds:'; or give the kind 'measured: true' under 'unit_kinds:' in site.yml",
        "bodies.unknown-issuer-unit": "'issuer_unit' names '{unit}', which is not a unit of the units registry",
        "bodies.issuer-unit-hint": "write the code of a unit of {file} (its 'code' column)",
    ]
}
