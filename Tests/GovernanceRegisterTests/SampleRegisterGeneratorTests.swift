import Testing
@testable import GovernanceRegister

/// The benchmark registers: valid today and later, the shapes the benchmarks promise, the same
/// bytes for the same seed.
struct SampleRegisterGeneratorTests {
    private func text(agreements: Int, seed: UInt64) -> String {
        var text = ""
        SampleRegisterGenerator(agreements: agreements, seed: seed).generate { text += $0 }
        return text
    }

    @Test("a generated register has no errors and no warnings, today and in ten years", arguments: [1, 2, 3])
    func valid(seed: UInt64) throws {
        let bytes = Array(text(agreements: 60, seed: seed).utf8)
        for asOf in [nil, CalendarDate(year: 2036, month: 11, day: 22)] {
            let check = GovernanceValidator(options: ValidationOptions(asOf: asOf)).check(bytes: bytes, path: "generated.xml")
            #expect(check.diagnostics.isEmpty, "\(check.diagnostics.prefix(3).map(\.message))")
            guard case .register(let register) = try #require(check.document) else { Issue.record("not a register"); return }
            #expect(register.agreements.count == 60)
        }
    }

    @Test("every agreement and matrix has the promised shape")
    func shapes() throws {
        let check = GovernanceValidator().check(bytes: Array(text(agreements: 200, seed: 42).utf8), path: "generated.xml")
        guard case .register(let register) = try #require(check.document) else { Issue.record("not a register"); return }
        for agreement in register.agreements {
            #expect(agreement.serviceLevels.priorities.count == 4)
            #expect((3...5).contains(agreement.escalation.count))
            #expect((4...12).contains(agreement.reviews.count))
            #expect(agreement.reviews.allSatisfy { $0.date >= agreement.term.start })
        }
        #expect(Set(register.agreements.map(\.escalation.count)) == [3, 4, 5])
        #expect(Set(register.agreements.map(\.reviews.count)) == Set(4...12))
        #expect(register.matrices.count == 2)
        for matrix in register.matrices {
            #expect(matrix.activities.count == 50)
            #expect(matrix.activities.allSatisfy { $0.assignments.count == 40 })
        }
    }

    @Test("the same seed gives the same bytes; another seed other bytes")
    func repeatable() {
        #expect(text(agreements: 50, seed: 9) == text(agreements: 50, seed: 9))
        #expect(text(agreements: 50, seed: 9) != text(agreements: 50, seed: 10))
    }
}
