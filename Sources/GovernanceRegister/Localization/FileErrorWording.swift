import Foundation
public import SafeFiles
import SystemPackage

extension Wording {
    /// Why a file could not be read, written or locked, in the output language: "cannot write
    /// 'site/index.html': no space left on the disk" / "kan 'site/index.html' niet schrijven: ...".
    public func describe(_ error: FileError) -> String {
        let stream = error.operation == .read ? self("standard input", "de standaardinvoer") : self("standard output", "de standaarduitvoer")
        let path = error.path == InputFile.standardStream ? stream : "'\(error.path)'"
        switch error.problem {
        case .tooLarge(let limit):
            return self("\(path) is larger than the input limit of \(ByteCount(bytes: limit)); raise it with --max-size",
                        "\(path) is groter dan de invoergrens van \(ByteCount(bytes: limit)); verhoog die met --max-size")
        case .locked(let holder):
            let who = holder.map { self(" (\($0))", " (\($0))") } ?? ""
            return self("the register is being changed by another govreg\(who); try again when that is done",
                        "het register wordt al gewijzigd door een andere govreg\(who); probeer het opnieuw als die klaar is")
        case .system(.noSuchFileOrDirectory) where error.path.isEmpty:
            return self("no file name given", "geen bestandsnaam opgegeven")
        case .system(.noSuchFileOrDirectory) where [.write, .create, .replace, .createFolder].contains(error.operation):
            let folder = FilePath(error.path).removingLastComponent()
            guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder.string) else { fallthrough }
            return cannot(error.operation, path) + ": " + self("the folder '\(folder)' does not exist; create it first, or choose another place",
                                                               "de map '\(folder)' bestaat niet; maak die eerst aan, of kies een andere plek")
        default:
            return cannot(error.operation, path) + ": " + reason(error.problem)
        }
    }

    private func cannot(_ operation: FileError.Operation, _ path: String) -> String {
        switch operation {
        case .read: self("cannot read \(path)", "kan \(path) niet lezen")
        case .write: self("cannot write \(path)", "kan \(path) niet schrijven")
        case .create: self("cannot create \(path)", "kan \(path) niet aanmaken")
        case .replace: self("cannot replace \(path)", "kan \(path) niet vervangen")
        case .backUp: self("cannot keep a backup as \(path)", "kan geen reservekopie bewaren als \(path)")
        case .lock: self("cannot lock the register with \(path)", "kan het register niet vergrendelen met \(path)")
        case .createFolder: self("cannot create the folder \(path)", "kan de map \(path) niet aanmaken")
        }
    }

    private func reason(_ problem: FileError.Problem) -> String {
        switch problem {
        case .system(let errno): systemReason(errno)
        case .isFolder: self("it is a folder", "het is een map")
        case .notAFolder: self("it exists and is not a folder", "het bestaat al en is geen map")
        case .danglingLink: self("it is a link to something that does not exist", "het is een koppeling naar iets dat niet bestaat")
        case .exists: self("it exists already; govreg never overwrites it", "het bestaat al; govreg overschrijft het nooit")
        case .differentContent: self("it exists already with other content; give --force to replace it",
                                     "het bestaat al met een andere inhoud; geef --force om het te vervangen")
        case .unexpectedLink: self("it is a link, or a file with a second name, and govreg does not write through it; remove it and try again",
                                   "het is een koppeling, of een bestand met een tweede naam, en govreg schrijft daar niet doorheen; verwijder het en probeer het opnieuw")
        case .foreignFiles(let names): self("it holds files that are not part of a report site (\(names.prefix(5).joined(separator: ", "))); choose an empty or new folder",
                                            "er staan bestanden in die niet bij een rapportsite horen (\(names.prefix(5).joined(separator: ", "))); kies een lege of nieuwe map")
        case .tooLarge, .locked: ""
        }
    }

    /// The system's reason: in English its own words ("No such file or directory"), in Dutch a
    /// translation of the ones people meet.
    private func systemReason(_ errno: Errno) -> String {
        guard language == .dutch else {
            return errno == .tooManySymbolicLinkLevels ? "it is a link, which govreg does not follow here" : errno.description
        }
        switch errno {
        case .noSuchFileOrDirectory: return "bestand of map bestaat niet"
        case .permissionDenied, .notPermitted: return "geen toestemming"
        case .noSpace: return "de schijf is vol"
        case .readOnlyFileSystem: return "de schijf is alleen-lezen"
        case .isDirectory: return "het is een map"
        case .notDirectory: return "een deel van het pad is geen map"
        case .fileExists: return "het bestaat al"
        case .tooManySymbolicLinkLevels: return "het is een koppeling, die govreg hier niet volgt"
        case .ioError: return "de schijf meldde een fout"
        case .diskQuotaExceeded: return "uw schijfquotum is op"
        default: return errno.description
        }
    }
}
