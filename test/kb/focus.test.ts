// What the officer asks about decides what may answer: a head of office is not their deputy, and
// a passage about something else is no answer however many words it shares with the question.
// Dates written out in words meet the letters' numeric dates.
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { syllables, typedSyllables } from "../../src/kb/normalize.js";
import { GUIDANCE } from "./helpers.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
});

describe("heads of office and their deputies", () => {
  it("asking for the director names the director, not the deputy directors", () => {
    const a = kb.answer("giam doc trung tam chuyen doi so bo van hoa ten gi");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nguyễn Thị Hoàng Lan");
    expect(a.answer).not.toContain("Phó Giám đốc");
  });

  it("asking for a deputy director (also as 'pgd') answers with the deputies' line", () => {
    for (const q of ["sdt pho giam doc trung tam cds vhttdl", "so dt pgd trung tam chuyen doi so vhttdl"]) {
      const a = kb.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain("Phó Giám đốc");
      expect(a.answer, q).toMatch(/0976953686|0905\.188881/);
    }
  });

  it("declines the director's phone number: the letters give only the deputies'", () => {
    const a = kb.answer("so dien thoai cua giam doc trung tam chuyen doi so vhttdl");
    expect(a.answered).toBe(false);
  });
});

describe("chat particles", () => {
  it("'ko', 'k', 'nha', 'ha' at the end of a question are not words the letters must contain", () => {
    const base = kb.answer("xa co phai bo tri can bo quan tri he thong");
    expect(base.answered).toBe(true);
    for (const tail of ["ko", "k", "hok", "nha", "ha"]) {
      const a = kb.answer(`xa co phai bo tri can bo quan tri he thong ${tail}`);
      expect(a.answered, tail).toBe(true);
      expect(a.confidence, tail).toBeCloseTo(base.confidence, 3);
    }
  });

  it("greetings and polite openings ('xin chào mn, cho em hỏi') weigh nothing: the question is answered as without them", () => {
    const bare = kb.answer("dia phuong co duoc gop y cho huong dan kien truc cua bo khcn ko");
    for (const opening of ["xin chao mn, cho em hoi", "ad oi, cho mik hoi", "cho e hoi"]) {
      const a = kb.answer(`${opening} dia phuong co duoc gop y cho huong dan kien truc cua bo khcn ko a`);
      expect(a.answered, opening).toBe(true);
      expect(a.answer, opening).toContain("gửi ý phản hồi");
      expect(a.confidence, opening).toBeCloseTo(bare.confidence, 3);
    }
  });

  it("a greeting or thanks with nothing asked is declined, not matched to 'Ban Chỉ đạo'", () => {
    for (const q of ["Xin chào, bạn là ai?", "Cảm ơn bạn nhé"]) expect(kb.answer(q).answered, q).toBe(false);
  });

  it("chat spellings ('bao h', 'những j') ask as the words they stand for", () => {
    const when = kb.answer("he thong tthc bo vh chay chinh thuc tu bao h");
    expect(when.answered).toBe(true);
    expect(when.answer).toContain("1/3/2026");
    const what = kb.answer("huong dan kien truc cua bo khcn lam ro nhung j");
    expect(what.answered).toBe(true);
    expect(what.answer).toContain("mô hình kỹ thuật");
  });

  it("chat shorthand ('ng', 'lm', 'bh') reads as the words it stands for", () => {
    const a = kb.answer("xa phai cu may ng lm quan tri he thong");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("01 cán bộ");
    const bh = kb.answer("tap huan cho cb cap xa bat dau bh");
    expect(bh.answer).toContain("19/01/2026");
    expect(bh.confidence).toBeCloseTo(kb.answer("tap huan cho cb cap xa bat dau bao gio").confidence, 3);
  });

  it("'qua đâu vậy': 'đâu' before a closing particle still asks where, it is not the topic", () => {
    const a = kb.answer("noi dung vuot tham quyen thi bao cao ubnd thanh pho qua dau vay");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("thông qua Sở Khoa học và Công nghệ");
  });

  it("'ngoài … ra … còn … nữa', 'cách nào khác' frame what else is asked: the other channels and places are answered", () => {
    const channels = kb.answer("ngoai zalo ra thi bo nganh con ho tro dia phuong bang cach nao khac");
    expect(channels.answered).toBe(true);
    expect(channels.answer).toContain("tổng đài");
    const places = kb.answer("ngoai cong thong tin dien tu cua bo ra thi tai lieu hdsd con dang len dau nua");
    expect(places.answered).toBe(true);
    expect(places.answer).toContain("Bình dân học vụ số");
  });

  it("'hạ tầng' and 'Hà Nội' stay content words", () => {
    const a = kb.answer("ai phu trach ha tang so va an toan thong tin");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Dương Anh Quân");
  });
});

describe("words that name the kind of fact are not the topic", () => {
  it.each(["he thong tthc co chay duoc tren dien thoai khong", "co app he thong tthc tren dien thoai khong"])(
    "%s → declined, not a list of phone numbers",
    (q) => {
      expect(kb.answer(q).answered).toBe(false);
    },
  );

  it("a phone question about a named officer ('sđt chị Quế Trang') still answers with the number", () => {
    const a = kb.answer("sđt chị Quế Trang");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0988450060");
  });
});

describe("email addresses", () => {
  it("'email … để gửi danh sách' is declined: the letters say where to send the list, but give no email address", () => {
    expect(kb.answer("email trung tam cds vhttdl de gui danh sach dau moi la gi").answered).toBe(false);
    const where = kb.answer("danh sach can bo dau moi gui ve dau");
    expect(where.answered).toBe(true);
    expect(where.answer).toContain("Trung tâm Chuyển đổi số");
  });
});

describe("dates written out in words", () => {
  it("'mùng 1 tháng 3' finds the letter that says '1/3/2026'", () => {
    const a = kb.answer("Từ mùng 1 tháng 3 hệ thống của Bộ VHTTDL có dùng chính thức không?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("1/3/2026");
    expect(a.sources[0]!.doc).toBe("cds-vhttdl-tich-hop-qlvb");
  });

  it("'1.3' and '16.01.2026' written with dots are dates, while a phone's dots still join its digits", () => {
    expect(syllables("vận hành từ 1.3")).toEqual(syllables("vận hành từ 1/3"));
    expect(syllables("trước ngày 16.01.2026")).toEqual(syllables("trước ngày 16/01/2026"));
    expect(syllables("ĐT: 0905.188881")).toContain("0905188881");
    const a = kb.answer("vận hành từ 1.3 là theo kế hoạch của ai vậy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Kế hoạch của Bộ Công an");
  });

  it("'17/10/2025' meets a letter that writes 'ngày 17 tháng 10 năm 2025', typed syllables staying in line", () => {
    expect(syllables("ngày 17 tháng 10 năm 2025")).toEqual(syllables("ngày 17/10/2025"));
    expect(typedSyllables("Từ mồng 1 tháng 3 năm 2026")).toHaveLength(syllables("Từ mồng 1 tháng 3 năm 2026").length);
    // A month alone is no date.
    expect(syllables("tháng 3")).toEqual(["thang", "3"]);
  });
});

describe("numbers the officer types identify what is asked about", () => {
  it("'thông báo 35' is answered; 'thông báo 36', which no letter cites, is declined", () => {
    const known = kb.answer("thong bao 35 cua to giup viec ngay nao");
    expect(known.answered).toBe(true);
    expect(known.answer).toContain("11/7/2025");
    expect(kb.answer("thong bao 36 cua to giup viec ngay nao").answered).toBe(false);
  });
});

describe("organisations named by acronym", () => {
  it("the support phones of Bộ VHTTDL are not given as Bộ KHCN's: no letter lists Bộ KHCN's", () => {
    const own = kb.answer("sdt ho tro cua bo vhttdl");
    expect(own.answered).toBe(true);
    expect(own.answer).toMatch(/ĐT: 0\d{2}/);
    for (const q of ["so dien thoai ho tro cua bo khcn", "hotline ho tro cua bo khcn", "so tong dai ho tro cua bo khcn"]) {
      expect(kb.answer(q).answered, q).toBe(false);
    }
  });

  it("a passage of the named ministry's letter ranks before other ministries' passages", () => {
    const a = kb.answer("nguoi ho tro cua bo vh cho tinh la ai");
    expect(a.sources.slice(0, 3).map((s) => s.doc)).not.toContain("bkhcn-tang-cuong-tap-huan");
    expect(a.sources[0]!.doc).toBe("bvhttdl-ke-hoach-tap-huan");
  });
});

describe("organisations named in words", () => {
  it("the police's support phone is declined: the only phones listed are Bộ VHTTDL's, whose lines say 'Công nghệ' and 'An toàn', never 'công an'", () => {
    expect(kb.answer("so dien thoai cua cong an thanh pho de hoi ve ky thuat").answered).toBe(false);
  });

  it("what the letters say of Công an Thành phố is still answered", () => {
    const a = kb.answer("cong an thanh pho phoi hop voi ai");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Công an Thành phố phối hợp với Trung tâm Chuyển đổi số Thành phố");
  });
});

describe("the question's frame", () => {
  it.each([
    ["cong an thanh pho lam nhung gi", "cong an thanh pho"],
    ["can bo dau moi cua so phai lam nhung viec gi", "can bo dau moi cua so phai"],
  ])("'làm gì', 'làm những … gì' ask for the task and weigh nothing: %s", (q, bare) => {
    const a = kb.answer(q);
    expect(a.answered).toBe(true);
    expect(a.confidence).toBeCloseTo(kb.answer(bare).confidence, 3);
  });
});

describe("two words of the letters typed side by side", () => {
  it("'6247 ký ngày nào': the letter never writes '6247 ký', yet the passage naming 6247 answers with its date", () => {
    const a = kb.answer("cong van dinh chinh 6247 ky ngay nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("03/11/2025");
  });
});

describe("the phone number of whom", () => {
  it("'số điện thoại của Cục Chuyển đổi số quốc gia' is declined: the letters list only the Trung tâm's phones", () => {
    expect(kb.answer("so dien thoai cua cuc chuyen doi so quoc gia").answered).toBe(false);
    const own = kb.answer("so dien thoai anh Quan ha tang so");
    expect(own.answered).toBe(true);
    expect(own.answer).toContain("0915091580");
  });
});

describe("times of day", () => {
  it("'mấy giờ' is declined: no letter gives opening hours", () => {
    expect(kb.answer("Tổng đài hỗ trợ của Bộ KHCN làm việc mấy giờ").answered).toBe(false);
    expect(kb.answer("tap huan bat dau luc may gio").answered).toBe(false);
  });
});

describe("'lĩnh vực gì' frames the question", () => {
  it("asks what the Ban Chỉ đạo is about, not for a passage saying 'lĩnh vực'", () => {
    const a = kb.answer("ban chi dao trung uong ve linh vuc gi");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đổi mới sáng tạo");
  });
});

describe("who, as a person", () => {
  it("'cán bộ đầu mối … là ai' names the people, not the office that collects the list", () => {
    const a = kb.answer("can bo dau moi cua trung tam cds vhttdl la ai");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nguyễn Minh Sơn");
  });
});

describe("who signed", () => {
  it("'ai ký' answers with the signature, not with an office the letter names", () => {
    const a = kb.answer("tphcm cong van kien truc do ai ky");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nguyễn Mạnh Cường");
  });
});

describe("until when", () => {
  it("'đến khi nào' is answered by the letter's 'đến khi …', which holds no date", () => {
    const a = kb.answer("tt cds tp quan tri he thong gqtthc den khi nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("hoàn thành việc triển khai");
  });

  it("'đến bao giờ' too is answered by the letter's 'đến khi …'; 'TT' before a unit's name is its centre", () => {
    const a = kb.answer("tt cds thanh pho quan tri he thong tthc den bao gio");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("hoàn thành việc triển khai");
  });

  it("'khi nào' is answered by an event the letter sets ('khi các Bộ, ngành triển khai …'), though it holds no date", () => {
    const a = kb.answer("trung tam chuyen doi so thanh pho cu can bo tham gia tap huan khi nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("khi các Bộ, ngành triển khai hệ thống theo ngành dọc");
  });

  it("'ngày nào' still needs a date: an event does not answer it", () => {
    const a = kb.answer("trung tam chuyen doi so thanh pho cu can bo tham gia tap huan ngay nao");
    expect(a.answer).not.toContain("khi các Bộ, ngành triển khai hệ thống theo ngành dọc");
  });
});

describe("compounds the focus keeps whole", () => {
  it("'dùng chính thức từ ngày nào' is about 'chính thức': never the training start date, which says nothing of it", () => {
    const a = kb.answer("he thong tthc bo vh bat dau dung chinh thuc tu ngay nao");
    expect(a.answer).not.toContain("19/01/2026");
  });

  it("'chạy chính thức' is 'vận hành chính thức' (1/3/2026), not any passage saying 'vận hành'", () => {
    const a = kb.answer("He thong GQTTHC bo VH bat dau chay chinh thuc tu ngay nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("1/3/2026");
  });
});

describe("what kind of fact, read as corrected", () => {
  it("'so ddien thoai' (Telex left unconverted) asks for phones: the reply opens with the first contacts' numbers", () => {
    const a = kb.answer("so ddien thoai ddau moi ho tro cua bo");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0976953686");
  });
});

describe("equivalents the letters say everywhere", () => {
  it("'app' is not covered by 'hệ thống', which every passage says: an app for Bình dân học vụ số is declined", () => {
    expect(kb.answer("Bình dân học vụ số có app trên điện thoại không").answered).toBe(false);
  });

  it("'phần mềm' still finds the letters' systems when the question names what they do", () => {
    const a = kb.answer("tai lieu huong dan dung phan mem dang o dau");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Cổng Thông tin điện tử");
  });
});

describe("for whom, by whom, where it is written", () => {
  it("'dành cho những ai' asks who attends: the in-depth sessions' audience, not the word 'dành'", () => {
    const a = kb.answer("cac buoi huong dan chuyen sau danh cho nhung ai");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("công chức giải quyết thủ tục hành chính");
  });

  it("'bởi ai' asks who does it: the ministries that configure the procedures", () => {
    const a = kb.answer("quy trinh giai quyet tthc duoc cau hinh boi ai");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("cấu hình quy trình");
  });

  it("'các bước tiếp theo … nằm ở đâu' finds the appendix of the next steps", () => {
    const a = kb.answer("cac buoc tiep theo cua trung tam cds vhttdl nam o dau");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("phụ lục 04");
  });
});

describe("words that name the kind of fact asked for", () => {
  it("'mốc' is met by the date the letter gives ('từ 1/3/2026'), though the letter never says 'mốc'", () => {
    const a = kb.answer("moc dua vao van hanh chinh thuc he thong cua bo van hoa");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("1/3/2026");
  });
});

describe("how the question is put, not what it is about (twelfth round)", () => {
  it("southern 'bữa nào' asks which day, like 'ngày nào': the training start date", () => {
    const a = kb.answer("lop tap huan cho can bo xa bat dau tu bua nao vay");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("19/01/2026");
  });

  it("a head who passes the question on ('chị trưởng phòng nhắn: …') is not asked about: the deadline is given", () => {
    const a = kb.answer("Chị trưởng phòng nhắn: gửi danh sách đầu mối cho bộ, hạn là ngày nào?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("16/01/2026");
  });

  it("'tóm tắt nhanh giúp' is the request, not the topic: the wards' task is given", () => {
    const a = kb.answer("tom tat nhanh giup: ubnd phuong xa phai lam gi theo cv kien truc cua tp");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("tiếp nhận và xử lý hồ sơ");
  });

  it("'ai chịu trách nhiệm' asks who: the city police who secure the system, not a ministry's security contact", () => {
    const a = kb.answer("ai chiu trach nhiem bao dam an ninh an toan thong tin he thong tthc thanh pho");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đảm bảo an ninh, an toàn thông tin");
  });
});

describe("'mấy' that counts nothing", () => {
  it("'chỉ gửi mấy bộ thôi' in a yes/no question names the ministries: the addressees are given, provinces among them", () => {
    const a = kb.answer("huong dan kien truc cua bo khcn co gui cho ubnd tinh khong hay chi gui may bo thoi");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Ủy ban nhân dân các tỉnh");
  });

  it("'mấy sở ngành có phải … không' asks whether the departments must, not how many", () => {
    const a = kb.answer("may so nganh o tphcm co phai phoi hop voi bo tap huan cho phuong xa khong");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("phối hợp với Bộ chuyên ngành tổ chức tập huấn");
  });

  it("'mấy' still counts in a question that is not yes/no", () => {
    const a = kb.answer("so vhttdl phai bo tri may can bo phoi hop");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("02 cán bộ");
  });
});

describe("chat words that name no topic", () => {
  it("'góp ý ngược lên Bộ … được không ah': the direction and the particle weigh nothing; feedback is welcome", () => {
    const a = kb.answer("thấy chưa hợp lý thì góp ý ngược lên Bộ KHCN về hướng dẫn kiến trúc được không ah");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("gửi ý phản hồi");
  });
});

describe("counting kinds", () => {
  it("'mấy loại cán bộ' is answered by the list of kinds, which gives no number", () => {
    const a = kb.answer("bo khcn de nghi bo tri may loai can bo de ho tro dia phuong");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("cán bộ kỹ thuật");
  });
});

describe("northern n and l", () => {
  it("'nịch' is 'lịch' and 'hôm lào' is 'hôm nào': the training start date", () => {
    const a = kb.answer("em muốn biết nịch đào tạo cho cán bộ xã bắt đầu từ hôm lào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("19/01/2026");
  });

  it("'những cơ quan lào' asks which bodies: the letter's addressees", () => {
    const a = kb.answer("Cv hướng dẫn triển khai kiến trúc của Bộ KHCN gửi cho những cơ quan lào ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Ủy ban nhân dân các tỉnh");
  });
});

describe("what an appendix says", () => {
  it("'phụ lục 04 … có những mốc thời gian cụ thể nào' asks what the appendix holds, which no letter includes", () => {
    expect(kb.answer("Phụ lục 04 kế hoạch triển khai tiếp theo của Trung tâm CĐS VHTTDL có những mốc thời gian cụ thể nào ạ?").answered).toBe(false);
  });
});

describe("the kind asked, read right", () => {
  it("'đầu mối ngày mấy' asks which day: 'mối' folded is no 'mỗi' (every)", () => {
    const a = kb.answer("han gui danh sach dau moi ngay may");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("16/01/2026");
  });

  it("'bị đính chính bởi cv nào': 'bởi' is no misspelt 'bộ'; the correcting letter is given", () => {
    const a = kb.answer("cv 5721 bi dinh chinh boi cv nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("6247/BKHCN-CĐSQG");
  });

  it("'ở PL mấy' asks where, like 'phụ lục mấy': the appendix the letter points to", () => {
    const a = kb.answer("huong dan tich hop QLVB chi tiet o PL may");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Phụ lục 0[12]/i);
  });
});

describe("where the officer looked, and 'đầy đủ'", () => {
  it("'nằm trong thân cv hay ở đâu': the letter's body is where the officer looked; the appendix is given", () => {
    const a = kb.answer("noi dung chi tiet huong dan trien khai kien truc nam trong than cv hay o dau");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Phụ lục kèm theo");
  });

  it("'danh sách đầy đủ đầu mối hỗ trợ' asks for the support contacts, 'đầy đủ' names no topic", () => {
    const a = kb.answer("cho xin danh sach day du dau moi ho tro cua bo vhttdl");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nguyễn Minh Sơn");
  });
});

describe("a letter's number as the letters cite it", () => {
  it("'văn bản 5721' is met by 'Văn bản số 5721/…': the correcting letter is given", () => {
    const a = kb.answer("van ban 5721 ve kien truc co duoc dinh chinh khong, bang cong van nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("6247/BKHCN-CĐSQG");
  });

  it("'…, vì đơn vị tôi cần nắm lãnh đạo Bộ phụ trách' after the question asks nothing: the Deputy Minister informed is named", () => {
    const a = kb.answer("Văn bản hướng dẫn kiến trúc được gửi để báo cáo đồng chí Thứ trưởng nào của Bộ KH&CN, vì đơn vị tôi cần nắm lãnh đạo Bộ phụ trách lĩnh vực này");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Thứ trưởng Thường trực Vũ Hải Quân");
  });
});

describe("a letter named by whom it is from", () => {
  it("'cv của UBND TP … thực hiện theo cv nào' is the City's letter: its own 'Thực hiện Công văn số 5721', not another letter citing 5721", () => {
    const a = kb.answer("cv cua ubnd tp ve kien truc la thuc hien theo cv nao cua bo khcn");
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.doc).toBe("ubnd-tphcm-trien-khai-kien-truc");
    expect(a.answer).toContain("Thực hiện Công văn số 5721");
  });
});

describe("a letter named as cited", () => {
  it("'cv tích hợp có căn cứ kế hoạch tập huấn …, số mấy': the plan is the letter cited; the citing letter gives its number", () => {
    const a = kb.answer("cv tich hop co can cu ke hoach tap huan cua bo vh, van ban do so may");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("140/BVHTTDL-CĐSVHTTDL");
  });
});

describe("what a body is", () => {
  it("'… là cơ quan gì của bộ mà lại gửi công văn …': the letter that describes the Centre beside its name, not one that names it in passing", () => {
    const a = kb.answer("trung tâm chuyển đổi số vhttdl là cơ quan gì của bộ mà lại gửi công văn cho ubnd tỉnh");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("cơ quan đầu mối triển khai nhiệm vụ chuyển đổi số");
  });
});

describe("near-domain questions the letters do not answer (twelfth round)", () => {
  it("a vendor's product ('phần mềm QLVB của VNPT … tích hợp được không') is not what the letters speak of", () => {
    expect(kb.answer("phan mem qlvb cua vnpt o tinh minh tich hop duoc voi he thong bo vh khong").answered).toBe(false);
  });

  it("'theo tháng hay theo quý' asks how often, which 'báo cáo định kỳ' does not say", () => {
    expect(kb.answer("UBND TP.HCM bắt các sở báo cáo định kỳ theo tháng hay theo quý").answered).toBe(false);
  });

  it("a body's street address ('địa chỉ trung tâm … ở đâu') is in no letter; the web form's address still answers where to send", () => {
    expect(kb.answer("địa chỉ trung tâm chuyển đổi số vhttdl ở đâu").answered).toBe(false);
    const a = kb.answer("gui thong tin dau moi ho tro ve bo khcn theo dia chi nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("form.gov.vn");
  });
});

describe("whose number it is", () => {
  it("'số 0988450060 … của ai' is answered by the contact list holding that number, however long the story around it", () => {
    const a = kb.answer("hôm qua có số 0988450060 gọi cho xã em hướng dẫn, em quên hỏi tên, số này của ai vậy ạ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Ngô Thị Quế Trang");
  });
});

describe("a support desk's formal wording", () => {
  it("'Xin xác nhận …' is the request, not the topic: the training start date", () => {
    const a = kb.answer("Xin xác nhận ngày bắt đầu chương trình đào tạo cho cán bộ cấp Sở và xã.");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("19/01/2026");
  });

  it("'Đề nghị cung cấp số điện thoại của …' asks the phone: the deputy director's number", () => {
    const a = kb.answer("Đề nghị cung cấp số điện thoại của đồng chí Lê Mạnh Hùng.");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0905.188881");
  });
});

describe("'không' mistyped", () => {
  it("'khônh' closes a yes/no question like 'không': the training is for commune officers too", () => {
    const a = kb.answer("tập huấn của bộ văn hoá thì cán bộ xã phường có được đi học khônh hay chỉ cán bộ sở");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("xã/phường/đặc khu");
  });
});

describe("'hiện tại' (now), the time of asking", () => {
  it("'hệ thống của TP hiện tại còn vận hành tới chừng nào' is answered by the event that ends it", () => {
    const a = kb.answer("he thong GQTTHC cua TP hien tai con van hanh toi chung nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đến khi Văn phòng Chính phủ");
  });
});

describe("'thời điểm nào' asks when", () => {
  it("'… tiếp tục được vận hành đến thời điểm nào' is answered by the event that ends it", () => {
    const a = kb.answer("Xin xác nhận hệ thống giải quyết TTHC Thành phố tiếp tục được vận hành đến thời điểm nào.");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đến khi Văn phòng Chính phủ");
  });
});

describe("spoken fillers", () => {
  it("'ừ', 'kiểu như' weigh nothing: the infrastructure and security contact is given", () => {
    const a = kb.answer("ừ xã em bị lỗi kiểu như về an toàn thông tin với hạ tầng thì gọi ai bên bộ văn hoá");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Dương Anh Quân");
  });
});

describe("typing slips and directions", () => {
  it("'chíng thức' cannot be Vietnamese ('i' takes 'nh'): read as 'chính thức', the go-live date is given", () => {
    const a = kb.answer("hệ thống giải quyết TTHC của Bộ VH chíng thức chạy từ ngày nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("1/3/2026");
  });

  it("'phản ánh lên trên' names no topic: where to report difficulties is given", () => {
    const a = kb.answer("dùng hệ thống tập trung cấp bộ bị vướng mắc, muốn phản ánh lên trên thì gửi về đâu ạ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("phản ánh về Bộ KH&CN");
  });
});

describe("how the province is organised, told before asking", () => {
  it("'sở du lịch tách riêng ra thì …' is context: the tourism department is named among those that appoint two officers", () => {
    const a = kb.answer("tỉnh em sở du lịch tách riêng ra thì sở du lịch có phải cử cán bộ phối hợp với bộ không");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Sở Du lịch");
    expect(a.answer).toContain("02 cán bộ");
  });
});

describe("a guess checked after the question, a story told after it", () => {
  it("'cấp nào, cấp huyện có không' asks which levels: the levels trained are given, not declined for 'huyện'", () => {
    const a = kb.answer("lớp hướng dẫn sử dụng của Bộ VHTTDL dành cho cán bộ cấp nào, cấp huyện có không?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("cán bộ cấp Sở và xã/phường/đặc khu");
  });

  it("sentences told after the question mark say why the officer asks: the deadline is still given", () => {
    const a = kb.answer(
      "Hạn chót gửi danh sách cán bộ đầu mối về Bộ VHTTDL là ngày nào ạ? Xã em ở vùng núi xa, đi lại mất cả ngày trời, giấy tờ chuyển lên huyện lên tỉnh chậm lắm nên em sợ bị trễ.",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("16/01/2026");
  });
});

describe("initial consonants spelled the other way", () => {
  it("'danh xách' (s/x) is the letters' 'danh sách', a correction, not a guess: the department's two officers are given", () => {
    const a = kb.answer("sở phải cử mấy người vào danh xách phối hợp với bộ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("02 cán bộ");
  });
});

describe("an elder's forms of address", () => {
  it("'cháu ơi …, hả cháu' addresses whoever answers: the department's two officers are given", () => {
    const a = kb.answer("cháu ơi cho chú hỏi sở văn hóa của tỉnh phải cử mấy cán bộ phối hợp với bộ hả cháu");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("02 cán bộ");
  });
});

describe("two alternatives offered ('A hay B')", () => {
  it("either may be what the letter says: 'ký thay hay thừa lệnh Bộ trưởng' is answered by the signature 'TL. BỘ TRƯỞNG'", () => {
    const a = kb.answer("Ai ký hướng dẫn 7753, ký với tư cách gì, ký thay hay thừa lệnh Bộ trưởng?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("TL. BỘ TRƯỞNG");
    expect(a.answer).toContain("Trần Duy Ninh");
  });

  it("still declines when neither alternative is in any letter ('toàn thời gian hay kiêm nhiệm')", () => {
    expect(kb.answer("cán bộ quản trị hệ thống xã làm việc toàn thời gian hay kiêm nhiệm").answered).toBe(false);
    expect(kb.answer("hệ thống TTHC của bộ văn hóa có app trên điện thoại không hay chỉ dùng bản web").answered).toBe(false);
  });
});

describe("what the officer says around the question", () => {
  it("'Em là chuyên viên Sở, đang soạn tờ trình, …' weighs less when the question finds no answer otherwise: the correcting letter is named", () => {
    const a = kb.answer("Em là chuyên viên Sở, đang soạn tờ trình, cho em hỏi văn bản đính chính công văn 5721 là số mấy?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("6247/BKHCN-CĐSQG");
  });
});

describe("chat abbreviations", () => {
  it("'UB TP' is the city's People's Committee ('ủy ban'): what it gives the public security to ensure is answered", () => {
    const a = kb.answer("cong an TP duoc UB giao dam bao cai gi trong cv trien khai kien truc");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đảm bảo an ninh, an toàn thông tin");
  });
});

describe("a claim passed on after the question", () => {
  it("'…, chị trưởng phòng bảo 1/4' asks nothing ('bảo' is no 'bao giờ'): the go-live date is given", () => {
    const a = kb.answer("hệ thống của bộ văn hóa chạy chính thức từ ngày nào, chị trưởng phòng bảo 1/4 mà em thấy sai sai");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("1/3/2026");
  });
});

describe("which other document a letter rests on", () => {
  it("'hướng dẫn 7753 căn cứ vào thông báo nào …, số hiệu và ngày' asks the notice's number: the letter's own number need not be in the passage", () => {
    const a = kb.answer("hướng dẫn 7753 căn cứ vào thông báo nào của Tổ giúp việc Ban Chỉ đạo Trung ương? cho xin số hiệu và ngày ban hành");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("35-TB/TGV ngày 11/7/2025");
  });
});

describe("a request listing what it asks for", () => {
  it("'Xin xác nhận họ tên, chức vụ người ký …': the clause after the comma lists on, not context: the signer is named", () => {
    const a = kb.answer("Xin xác nhận họ tên, chức vụ người ký hướng dẫn tích hợp hệ thống QLVB với hệ thống TTHC của Bộ VHTTDL");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nguyễn Thị Hoàng Lan");
  });
});

describe("a city's other name", () => {
  it("'Sài Gòn' is Ho Chi Minh City, named in the letters' words: the unit that trains on the coordinating system is given", () => {
    const a = kb.answer("Ở Sài Gòn đơn vị nào tổ chức tập huấn cho cán bộ dùng Hệ thống điều phối giải quyết TTHC?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Văn phòng Ủy ban nhân dân Thành phố");
  });
});

describe("the year a letter was issued", () => {
  it("'hướng dẫn kiến trúc … ban hành vào năm nào, 2025 hay 2026' is answered by the letter's own date line, not a letter it cites", () => {
    const a = kb.answer("hướng dẫn triển khai kiến trúc của bộ khoa học được ban hành vào năm nào, 2025 hay 2026");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("ngày tháng năm 2025");
    expect(a.answer).not.toContain("5721");
  });
});

describe("the first thing to do", () => {
  it("'việc đầu tiên UBND tỉnh cần làm … là gì' asks a task: the first numbered point answers, not the letter's opening purpose", () => {
    const a = kb.answer("việc đầu tiên UBND tỉnh cần làm theo văn bản tích hợp QLVB của trung tâm CĐS là gì");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^1\. Rà soát, đôn đốc công tác chuẩn bị/);
  });
});

describe("'thì' after the asking words", () => {
  it("'… đến bao giờ thì thôi': 'thì' only links the asking on: until when the City's system runs is given", () => {
    const a = kb.answer("hệ thống của tp chạy đến bao giờ thì thôi vậy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đến khi Văn phòng Chính phủ");
  });
});

describe("a purpose asked for", () => {
  it("'nhằm mục đích gì' names the kind asked (a purpose), which 'để …' states: why the ministries keep in touch with localities is given", () => {
    const a = kb.answer("Theo cv Bộ KHCN thì các bộ tăng cường trao đổi với địa phương nhằm mục đích gì hả anh?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("để nắm bắt tình hình khó khăn, vướng mắc");
  });
});

describe("'lần nào' (ever)", () => {
  it("'có lần nào bị sửa không' asks whether it ever was: the correcting letter 6247 is named", () => {
    const a = kb.answer("văn bản 5721 có lần nào bị sửa không, sửa bằng văn bản nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("6247/BKHCN-CĐSQG");
  });
});

describe("what happens after a date the letters set", () => {
  it("'sau 1/3, nếu … chưa tích hợp xong thì hồ sơ xử lý ra sao' is declined: the letters give the go-live date, not what follows it", () => {
    const a = kb.answer("sau 1/3 nếu QLVB của tỉnh chưa tích hợp xong thì hồ sơ TTHC xử lý ra sao");
    expect(a.answered).toBe(false);
    // The date itself is still answered.
    const date = kb.answer("hệ thống của Bộ VHTTDL vận hành chính thức từ ngày nào");
    expect(date.answered).toBe(true);
    expect(date.answer).toContain("1/3/2026");
  });
});

describe("changing the officers named", () => {
  it("'… muốn thay người khác thì làm thủ tục gì' is declined: no letter says how to replace a contact officer", () => {
    expect(kb.answer("gửi danh sách đầu mối rồi mà muốn thay người khác thì làm thủ tục gì, gửi văn bản cho ai").answered).toBe(false);
    // Whom to name and by when is still answered.
    const a = kb.answer("gửi danh sách cán bộ đầu mối về bộ văn hóa trước ngày nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("16/01/2026");
  });
});

describe("who holds an office, where a body sits", () => {
  it("'bộ trưởng … bây giờ là ai' is declined: the letters name the minister's office ('TL. BỘ TRƯỞNG', 'Bộ trưởng (để báo cáo)'), never its holder", () => {
    expect(kb.answer("bộ trưởng bộ khoa học và công nghệ bây giờ là ai vậy").answered).toBe(false);
    // A head the letters do name is still given.
    const a = kb.answer("giám đốc trung tâm chuyển đổi số bộ văn hóa là ai");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nguyễn Thị Hoàng Lan");
  });

  it("'… địa chỉ ở đâu' asks a street address, which no letter gives", () => {
    expect(kb.answer("trung tâm chuyển đổi số vhttdl địa chỉ ở đâu vậy").answered).toBe(false);
  });
});

describe("round fourteen: chat spellings and what the officer says around the question", () => {
  it("'kiểu tập trung hay mỗi tỉnh một hệ thống riêng': a hedge before the first of two alternatives still lets the longer second be read as the guess", () => {
    const a = kb.answer("hd kiến trúc của bộ khcn là để triển khai hệ thống kiểu tập trung hay mỗi tỉnh một hệ thống riêng");
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.doc).toBe("bkhcn-huong-dan-trien-khai-kien-truc");
    expect(a.answer).toContain("triển khai hệ thống tập trung");
  });

  it("'… ngắn quá hà, nội dung chi tiết …' names no Hà Nội: a province is named within one clause", () => {
    const a = kb.answer("em mở công văn hướng dẫn kiến trúc của bộ khoa học thấy ngắn quá hà, nội dung chi tiết của hướng dẫn nằm ở đâu ạ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Phụ lục kèm theo");
  });

  it("'phu nuc' typed without marks is 'phụ lục' (northern n/l), but 'loi ich' stays 'lợi ích'", () => {
    const a = kb.answer("danh sach can bo dau moi gui theo bieu mau o phu nuc may");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Phụ lục 0?3/);
    const benefit = kb.answer("tich hop qlvb voi he thong tthc bo van hoa de lam gi vay, loi ich gi");
    expect(benefit.answered).toBe(true);
    expect(benefit.sources[0]?.doc).toBe("cds-vhttdl-tich-hop-qlvb");
  });

  it("'tg bắt đầu' (thời gian) asks a date, not about 'thời gian'", () => {
    const a = kb.answer("tg bat dau tap huan cua bo vhttdl");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("19/01/2026");
  });

  it("asked for someone's number, what the officer means to ask them is no topic: 'cho em xin số chị Trang để hỏi về tài khoản'", () => {
    const a = kb.answer("cho em xin số chị Ngô Thị Quế Trang để hỏi về tài khoản");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Ngô Thị Quế Trang");
    // Whom to call about accounts is still a matter no letter settles.
    expect(kb.answer("muốn hỏi về cấp tài khoản thì gọi ai").answered).toBe(false);
  });

  it("'phần số và ký hiệu ghi thế nào': 'phần' (the part of a letter) is no topic", () => {
    const a = kb.answer("Công văn của UBND TP.HCM về triển khai kiến trúc hệ thống, phần số và ký hiệu ghi thế nào?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("/UBND-VX");
  });

  it("'được lợi gì' asks a benefit, which the letters state as the purpose ('Nhằm bảo đảm …')", () => {
    const a = kb.answer("tích hợp QLVB với hệ thống TTHC thì đc lợi j, lãnh đạo hỏi để ghi vào báo cáo");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nhằm bảo đảm");
  });

  it("the lexicon reads 'y nguyên', 'linh hoạt', 'xây mới', 'góp ý ngược lại' as the architecture guide's own words", () => {
    for (const q of [
      "hướng dẫn kiến trúc của bộ khcn bắt buộc làm y nguyên hay tỉnh được linh hoạt",
      "hướng dẫn kiến trúc dùng cho lúc xây mới thôi hay cả khi nâng cấp hệ thống đang có",
      "thấy hướng dẫn kiến trúc có chỗ chưa hợp lý thì tỉnh góp ý ngược lại cho bộ được không",
    ]) {
      const a = kb.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain("tài liệu tham khảo chính thức");
    }
  });

  it("'kiểu' hedging before what is meant weighs nothing: 'làm kiểu tập trung hay …' reads as 'làm tập trung hay …'", () => {
    const hedged = kb.answer("hệ thống tthc theo hướng dẫn kiến trúc là làm kiểu tập trung hay mỗi tỉnh tự làm riêng ạ");
    const plain = kb.answer("hệ thống tthc theo hướng dẫn kiến trúc là làm tập trung hay mỗi tỉnh tự làm riêng ạ");
    expect(plain.answered).toBe(true);
    expect(hedged.answered).toBe(true);
    expect(hedged.answer).toBe(plain.answer);
  });

  it("asked what a foreign term means ('MOOCs … là loại nền tảng gì', '… là cái gì, viết tắt đọc không hiểu'), the passage using it answers", () => {
    for (const q of ["MOOCs trong cv của bộ khcn là loại nền tảng gì?", "MOOCs trong công văn bộ KHCN là cái gì vậy, mấy ổng viết tắt đọc hổng hiểu"]) {
      const a = kb.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain("MOOCs");
    }
    // A rare Vietnamese word asked with "là gì" may ask a value no letter gives.
    expect(kb.answer("mật khẩu mặc định khi đăng nhập hệ thống lần đầu là gì").answered).toBe(false);
  });

  it("'duy trì', 'còn chạy' read as the letters' 'vận hành ổn định'", () => {
    const a = kb.answer("hệ thống giải quyết tthc của thành phố sẽ còn được duy trì tới khi nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("hoàn thành việc triển khai");
  });

  it("'HD KT' is 'hướng dẫn kiến trúc'; 'KT.' before a head's title still signs for them", () => {
    const a = kb.answer("thông báo 35 trong cv HD KT là của cơ quan nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("35-TB/TGV");
    expect(kb.answer("HD KT của bộ KHCN áp dụng cho cấp nào").answered).toBe(true);
    const signer = kb.answer("KT. chủ tịch UBND TP ký văn bản là ai");
    expect(signer.answer).toContain("Nguyễn Mạnh Cường");
  });

  it("'em thắc mắc là …', 'tôi không nhớ hạn' tell the officer's puzzlement or memory, not the topic", () => {
    const city = kb.answer("em thắc mắc là hệ thống giải quyết tthc riêng của TP HCM thì ai quản trị vận hành đến khi nào");
    expect(city.answered).toBe(true);
    expect(city.answer).toContain("Trung tâm Chuyển đổi số Thành phố");
    const deadline = kb.answer("văn phòng đang đôn đốc các sở gửi danh sách cán bộ đầu mối cho Bộ VHTTDL, nhưng tôi không nhớ hạn. Hạn chót là ngày nào ạ?");
    expect(deadline.answered).toBe(true);
    expect(deadline.answer).toContain("16/01/2026");
  });

  it("'cái này thực tế là gì', '… thực tế là để làm gì': 'thực tế' hedges the asking", () => {
    const a = kb.answer("trong cv có ý chủ động rà soát, tổng hợp các thông tin phản ánh, thực tế là để làm gì vậy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("kịp thời phát hiện");
  });

  it("'góp ý … gửi khi nào' is answered by a time the letter sets by an event ('trong quá trình triển khai')", () => {
    const a = kb.answer("nếu tỉnh có góp ý cho hướng dẫn kiến trúc thì gửi khi nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("trong quá trình triển khai");
  });

  it("asked for a letter's number, another 'mấy' marks the plural ('mấy bộ phải tăng cường tập huấn'), not a count", () => {
    const a = kb.answer("nghe nói bộ khoa học có công văn bảo mấy bộ phải tăng cường tập huấn, công văn đó là tiếp theo công văn số mấy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("104/BKHCN-CĐSQG");
  });

  it("'có từng bị đính chính không, nếu có thì …': 'từng' and the condition's 'thì' frame the asking", () => {
    for (const q of [
      "Công văn 5721 có từng bị đính chính không, nếu có thì đính chính bằng công văn số mấy?",
      "cv 5721 ve kien truc co van ban dinh chinh khong a, neu co thi so may ngay nao",
    ]) {
      const a = kb.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain("6247/BKHCN-CĐSQG");
    }
  });

  it("'HTTT GQTTHC viết tắt của cái gì': the passage spelling it out answers; an abbreviation no passage spells out is not answered from the letter's title", () => {
    const a = kb.answer("HTTT GQTTHC viết tắt của cái gì vậy ạ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Hệ thống thông tin giải quyết thủ tục hành chính (HTTT GQTTHC)");
    const tthc = kb.answer("TTHC là viết tắt của gì");
    expect(tthc.answer).not.toContain("Nguyễn Thị Hoàng Lan");
  });

  it("'lịch tập huấn riêng cho HCM xem ở đâu' is answered by the passage pointing each province to its appendix; what day a named province trains is not", () => {
    const a = kb.answer("lịch tập huấn riêng cho HCM xem ở đâu vậy, trong kế hoạch tập huấn của bộ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("phụ lục 2");
    expect(kb.answer("Lịch tập huấn cụ thể của tỉnh Nghệ An là ngày nào vậy").answered).toBe(false);
  });

  it("'Trước e ở phòng VH huyện, giờ về xã mới.' tells of the officer, weighed as an aside when the question is read again", () => {
    const a = kb.answer("Trước e ở phòng VH huyện, giờ về xã mới. Cv hướng dẫn triển khai kiến trúc HTTT giải quyết TTHC của Bộ KHCN gửi cho những ai vậy mọi người?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Các bộ, cơ quan ngang bộ");
  });

  it("the lexicon reads 'traning' (a common slip) as training and 'cv trước' as the letter it follows", () => {
    const start = kb.answer("traning bo vhttdl bat dau ngay nao");
    expect(start.answered).toBe(true);
    expect(start.answer).toContain("19/01/2026");
    const before = kb.answer("cv tăng cường tập huấn là tiếp theo cv trước của bkhcn, cv trước là số mấy ngày nào");
    expect(before.answered).toBe(true);
    expect(before.answer).toContain("104/BKHCN-CĐSQG");
  });

  it("'(được) giao (thêm) việc gì' asks a task; 'giao' is no topic", () => {
    const a = kb.answer("công an tp hcm được giao thêm việc gì ngoài kết nối dữ liệu");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Công an Thành phố");
    expect(kb.answer("giao diện hệ thống mới có đổi màu không").answered).toBe(false);
  });

  it("asked what a body must do, a numbered point answers with its lead-in's words ('… đề nghị UBND các tỉnh:' then '1. Rà soát …')", () => {
    const a = kb.answer("ubnd tỉnh bọn em cần làm gì với việc tích hợp hệ thống qlvb điều hành vậy ạ");
    expect(a.answered).toBe(true);
    // The point itself, not the letter's purpose opening before it.
    expect(a.answer.startsWith("1. Rà soát, đôn đốc")).toBe(true);
  });

  it("'phòng CN' is 'Phòng Công nghệ'; 'gọi tên kiểu gì' asks what a letter is called, no topic", () => {
    const a = kb.answer("có cv nào tên Hiếu ở phòng CN và nền tảng số ko, cho e xin số");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Lê Hữu Hiếu");
    const named = kb.answer("cv UBND TP ghi cv 5721 là về nội dung gì, gọi tên kiểu gì");
    expect(named.answered).toBe(true);
    expect(named.answer).toContain("Khung Kiến trúc");
  });

  it("the start of a phone number ('sđt đầu 0905', 'số 0976 là của ai') is the one number of the letters that starts so", () => {
    const a = kb.answer("có ông phó giám đốc trung tâm cđs vhttdl sđt đầu 0905 gọi xuống, tên gì vậy?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Lê Mạnh Hùng");
    const owner = kb.answer("số 0976 là của ai");
    expect(owner.answered).toBe(true);
    expect(owner.answer).toContain("Nguyễn Minh Sơn");
  });

  it("'Sở DL' is 'Sở Du lịch'", () => {
    const a = kb.answer("tinh nao tach rieng So VH&TT va So DL thi So nao phai cu nguoi? hay chi So VHTTDL");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Sở Du lịch");
  });

  it("'… từ ngày nào vậy sếp nói phải chuẩn bị gấp mà ko rõ deadline': a denial after the question asks nothing; it is an aside", () => {
    const a = kb.answer("hi mn bjo he thong tthc cua bo VHTTDL chay chinh thuc tu ngay nao vay sep noi phai chuan bi gap ma ko ro deadline");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("1/3/2026");
  });
});

describe("round fifteen: relayed and ceremonious questions", () => {
  it("a forwarded question's wrapping ('> quote: \"…\" — ai biết trả lời giúp') asks nothing", () => {
    const a = kb.answer('> quote: "ds đầu mối gửi lên Bộ qua đơn vị nào?" — ai biết trả lời giúp với');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("qua Trung tâm Chuyển đổi số VHTTDL");
    const fw = kb.answer("fw: sdt ong Nguyen Minh Son");
    expect(fw.answered).toBe(true);
    expect(fw.answer).toContain("0976953686");
  });

  it("'nhờ bot trả lời giúp chị Lan: …' passes the question on; the question alone is read", () => {
    const a = kb.answer("nhờ bot trả lời giúp chị Lan: cv 5721 bị đính chính bằng cv nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("6247/BKHCN-CĐSQG");
    // An allowance no letter sets still declines, however it is passed on.
    expect(kb.answer("nhờ bot trả lời giúp: phụ cấp cho cán bộ đầu mối bao nhiêu").answered).toBe(false);
  });

  it("'Kính thưa quý Ban hỗ trợ, xin phép được hỏi …' is addressed to the desk, not about support", () => {
    const a = kb.answer("Kính thưa quý Ban, xin phép được hỏi tài liệu điện tử hướng dẫn sử dụng được đăng tải lên những nền tảng nào ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nền tảng Bình dân học vụ số");
    expect(kb.answer("Kính thưa quý Ban hỗ trợ, xin phép được hỏi chế độ bồi dưỡng cho giảng viên tập huấn là bao nhiêu ạ?").answered).toBe(false);
  });

  it("'trước giờ …, giờ …' (then and now) is the officer's contrast; 'ngoài giờ', 'giờ trực' stay the hours asked", () => {
    const a = kb.answer("Trước giờ tài liệu chỉ phát nội bộ, giờ đăng lên những nền tảng nào vậy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Cổng Dịch vụ công quốc gia");
    const phone = kb.answer("trước giờ anh Sơn bên TT CĐS VHTTDL nghe máy bàn, giờ có số di động của anh Sơn không");
    expect(phone.answered).toBe(true);
    expect(phone.answer).toContain("0976953686");
    expect(kb.answer("gio truc tong dai ho tro cua bo khcn").answered).toBe(false);
    expect(kb.answer("cán bộ trực hỗ trợ ngoài giờ có được tính làm thêm giờ không").answered).toBe(false);
  });

  it("a clause telling how things were ('Hồi trước …', 'Trước đây …') is an aside when the question is read again", () => {
    const a = kb.answer("Hồi trước hệ thống của Bộ VHTTDL toàn chạy thử nghiệm với nhau, còn bây giờ thì vận hành chính thức từ ngày nào vậy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("1/3/2026");
    const why = kb.answer("Trước đây kiến trúc chỉ có văn bản 5721 thôi, giờ Bộ KHCN ra thêm hướng dẫn triển khai để làm rõ những gì");
    expect(why.answered).toBe(true);
    expect(why.answer).toContain("nhằm làm rõ yêu cầu");
  });

  it("a story closed by ';' before 'xin phép được hỏi …' is a preamble, as one closed by a full stop", () => {
    const a = kb.answer("Kính thưa quý Ban, cán bộ một cửa ở các xã hỏi tôi rằng khi gặp vướng mắc thì các bộ sẽ hỗ trợ địa phương bằng những cách nào; xin phép được hỏi công văn tăng cường tập huấn của Bộ KH&CN nêu những hình thức hỗ trợ nào ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("tổng đài, các nhóm zalo");
    expect(kb.answer("Kính thưa quý Ban, các bộ được đề nghị gửi thông tin đầu mối hỗ trợ qua biểu mẫu trực tuyến; xin phép được hỏi mức phụ cấp cho cán bộ đầu mối là bao nhiêu ạ?").answered).toBe(false);
  });

  it("'nhiều' (many: 'lên nhiều chỗ') is a function word, not a word the letters lack", () => {
    const a = kb.answer("dang tai lieu huong dan len nhieu cho nhu vay de lam gi");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("tính tiếp cận rộng rãi");
    expect(kb.answer("gửi thông tin đầu mối qua nhiều kênh thì được phụ cấp bao nhiêu").answered).toBe(false);
  });

  it("'có bị đính chính không': the passive 'bị' asked whether weighs nothing; 'bị trùng' (a problem) still counts", () => {
    const a = kb.answer("Lãnh đạo hỏi văn bản 5721 về kiến trúc có bị đính chính không, nếu có thì bằng văn bản số mấy ngày nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("6247/BKHCN-CĐSQG");
    expect(kb.answer("van ban di bi dong bo trung hai lan giua phan mem van thu voi he thong cua bo thi xu ly the nao").answered).toBe(false);
  });

  it("asked for people's names, 'số bao nhiêu' is their phone number; after a letter's kind it is the letter's number", () => {
    const a = kb.answer("mấy chị chuyên viên phòng công nghệ và nền tảng số tên gì, số bao nhiêu vậy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Ngô Thị Quế Trang (ĐT: 0988450060)");
    // The training plan leaves its own number blank: no phone number stands in for it.
    expect(kb.answer("người ký kế hoạch tập huấn của bộ vhttdl tên gì, kế hoạch số bao nhiêu").answered).toBe(false);
  });

  it("'kèm số điện thoại từng người': 'kèm' (along with) and 'từng người' (each) name no topic", () => {
    const a = kb.answer("Xin danh sách chuyên viên phòng Công nghệ và Nền tảng số làm đầu mối, kèm số điện thoại từng người");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Lê Hữu Hiếu (ĐT: 0906131357)");
    expect(kb.answer("phụ cấp cho từng người làm đầu mối hỗ trợ là bao nhiêu").answered).toBe(false);
  });

  it("'đồng chí Trưởng phòng nhờ tôi xin số máy của …' after a greeting: who passed the request on is not asked about", () => {
    const a = kb.answer("Kính thưa quý Ban, đồng chí Trưởng phòng nhờ tôi xin số máy của đồng chí Nguyễn Minh Sơn ở Trung tâm Chuyển đổi số VHTTDL ạ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0976953686");
  });

  it("'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch hiện nay là ai': the head's office asked with the ministry's full name; the deputy signing for him is no answer", () => {
    expect(kb.answer("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch hiện nay là ai vậy").answered).toBe(false);
  });

  it("'tỉnh Quảng Trị' is a province, not 'quản trị' typed the central way: its own training day declines", () => {
    expect(kb.answer("Tỉnh Quảng Trị tập huấn ngày nào").answered).toBe(false);
    const admin = kb.answer("xã bố trí mấy cán bộ quảng trị hệ thống");
    expect(admin.answered).toBe(true);
    expect(admin.answer).toContain("01 cán bộ quản trị hệ thống");
  });

  it("'gọi hoài ko ai bắt máy': 'máy' after 'bắt' is the phone picked up, not 'mấy'; an e-mail no letter gives still declines", () => {
    expect(kb.answer("e xin email cua chi Nguyen Kim Oanh nha, goi dt hoai ma ko ai bat may").answered).toBe(false);
    const phone = kb.answer("gọi anh Sơn mãi không ai bắt máy, anh Sơn số mấy vậy");
    expect(phone.answered).toBe(true);
    expect(phone.answer).toContain("0976953686");
  });

  it("a day of the week ('thứ 7', 'chủ nhật', 'cuối tuần') asks a time no letter states", () => {
    expect(kb.answer("mot cua phuong thu 7 co phai mo cua nhan ho so khong").answered).toBe(false);
    // "Chạy thử nằm" folds like "thứ năm": only a day typed in digits or as "thứ bảy" counts.
    const plan = kb.answer("Kế hoạch triển khai tiếp theo sau đợt chạy thử nằm ở phụ lục nào ạ?");
    expect(plan.answered).toBe(true);
  });

  it("'điều gì (đã) khiến … ban hành …' asks the reason, which the letter states as what came before it", () => {
    const a = kb.answer("điều gì khiến Bộ KH&CN ra công văn tăng cường tập huấn vậy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("ý kiến phản ánh từ một số địa phương");
    expect(kb.answer("điều gì khiến phụ cấp cán bộ đầu mối thấp vậy").answered).toBe(false);
  });

  it("'gửi góp ý ngược lại' is read whole by the lexicon, not 'gửi góp ý' and a stray 'ngược lại'", () => {
    const a = kb.answer("thấy hướng dẫn kiến trúc chưa hợp lý thì tỉnh có được gửi góp ý ngược lại cho Bộ KHCN không");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("gửi ý phản hồi");
  });

  it("two alternatives offered ('… bắt buộc hay chỉ tham khảo vậy a, …') ask, and what follows is the officer's aside", () => {
    const a = kb.answer("cv huong dan trien khai kien truc cua bkhcn la bat buoc hay chi tham khao vay a, team IT ben em dang cai nhau");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("tài liệu tham khảo chính thức");
    const signed = kb.answer("Cv hướng dẫn kiến trúc ký theo kiểu TL. bộ trưởng hay KT. vậy ạ, mình cần soạn cv trả lời");
    expect(signed.answered).toBe(true);
    expect(signed.answer).toContain("TL. BỘ TRƯỞNG");
    expect(kb.answer("phụ cấp đầu mối trả theo tháng hay theo quý vậy ạ, bên mình đang cãi nhau").answered).toBe(false);
  });

  it("'đợt' (a round of) is no focus ('dựa trên đợt nào'), but 'đợt 2' is a round of its own", () => {
    const a = kb.answer("kết quả trung tâm gửi lại là dựa trên đợt nào, thử nghiệm hay chạy thật");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Căn cứ thực tế triển khai thử nghiệm");
    expect(kb.answer("bo vh co to chuc tap huan dot 2 ko, bao gio vay").answered).toBe(false);
  });

  it("'co so 0988… goi em bao …' typed without marks: 'có số', not 'cô' passing a question on; the number is what is asked about", () => {
    const a = kb.answer("co so 0988450060 goi em bao ben bo van hoa, so nay cua ai vay");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Ngô Thị Quế Trang (ĐT: 0988450060)");
  });
});

describe("round sixteen: scenarios, hearsay and chat shorthand", () => {
  it("a condition's 'chưa' and the officer's own 'có kịp không' set the scene; the clause after 'thì' is asked", () => {
    const a = kb.answer("Giả sử xã em chưa tích hợp xong QLVB với hệ thống của Bộ VHTTDL thì hệ thống đó vận hành chính thức từ ngày nào ạ, để em tính còn kịp không?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("1/3/2026");
    // A penalty no letter sets still declines, however the scene is set.
    expect(kb.answer("Giả sử tỉnh em chưa cử được cán bộ đầu mối thì có bị phạt không ạ").answered).toBe(false);
  });

  it("'nếu anh chủ tịch hỏi … thì em nói sao', 'lỡ như có người hỏi … thì em trả lời sao cho đúng': the reported question is asked", () => {
    const how = kb.answer("Nếu anh chủ tịch xã hỏi các bộ hỗ trợ địa phương qua những hình thức nào thì em nói sao ạ");
    expect(how.answered).toBe(true);
    expect(how.answer).toContain("tổng đài, các nhóm zalo");
    // (The architecture itself, 5721; "hướng dẫn kiến trúc … số mấy" asks the guidance's own number,
    // which its number line leaves blank: round twenty-three.)
    const which = kb.answer("Lỡ như có người hỏi cái kiến trúc hệ thống TTHC được Bộ KHCN ban hành bằng công văn số mấy thì em trả lời sao cho đúng ạ");
    expect(which.answered).toBe(true);
    expect(which.answer).toContain("5721/BKHCN-CĐSQG");
    expect(kb.answer("Nếu chị trưởng phòng hỏi phụ cấp cho cán bộ quản trị hệ thống là bao nhiêu thì em nói sao ạ").answered).toBe(false);
  });

  it("'số máy anh ấy bao nhiêu' asks a person's phone, not a letter's number nor how many", () => {
    const a = kb.answer("anh Lê Mạnh Hùng số máy anh ấy bao nhiêu");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0905.188881");
  });

  it("chat shortenings: 'qa' is 'qua', 'dsach' is 'danh sách'", () => {
    for (const q of ["gui ds dau moi ve bo thi gui qa dau", "dsach đầu mối nộp thẳng lên Bộ hay gửi qua đơn vị nào vậy"]) {
      const a = kb.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain("qua Trung tâm Chuyển đổi số VHTTDL");
    }
  });

  it("asked what a body is asked to do, a lead-in ('… trân trọng đề nghị UBND các tỉnh:') gives way to its points", () => {
    const a = kb.answer("Theo cv hướng dẫn tích hợp QLVB thì UBND tỉnh được đề nghị làm những việc gì");
    expect(a.answered).toBe(true);
    expect(a.answer).not.toContain("Nhằm bảo đảm việc đưa vào vận hành");
    expect(a.answer).toMatch(/Rà soát, đôn đốc|quyết liệt chỉ đạo/);
    // What the centre is, the lead-in itself says.
    expect(kb.answer("Trung tâm CĐS VHTTDL là cơ quan gì của Bộ").answer).toContain("cơ quan đầu mối");
  });

  it("hearsay: 'hôm qua thầy bảo …' names who said it, not the topic", () => {
    const a = kb.answer("Hôm qua thầy bảo có gì vướng thì gọi anh Lê Mạnh Hùng, ai có số anh ấy không ạ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0905.188881");
  });

  it("'em nhớ là đầu năm 2026': the officer's memory, and 'đầu' (the start) asks no 'đâu'", () => {
    const a = kb.answer("Hướng dẫn triển khai kiến trúc của Bộ KHCN ban hành năm nào ạ, em nhớ là đầu năm 2026");
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.doc).toBe("bkhcn-huong-dan-trien-khai-kien-truc");
    expect(a.answer).toContain("năm 2025");
    // A claim checked with "có đúng không hay …" is still what is asked about.
    const when = kb.answer("Nghe nói Bộ VHTTDL tập huấn cho cán bộ Sở và xã từ đầu tháng 2, có đúng không hay sớm hơn ạ?");
    expect(when.answered).toBe(true);
    expect(when.answer).toContain("19/01/2026");
  });

  it("'đơn vị nào có trách nhiệm' asks who does it; the letters never write 'trách nhiệm'", () => {
    const a = kb.answer("Nếu hệ thống bị tấn công thì theo văn bản của UBND Thành phố, đơn vị nào có trách nhiệm bảo đảm an ninh cho hệ thống ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Công an Thành phố");
    expect(kb.answer("Ai chịu trách nhiệm bồi thường nếu hệ thống làm mất hồ sơ của dân").answered).toBe(false);
  });

  it("'… hông anh chị, cho em xin với': the southern 'không' before whom it is put to asks", () => {
    // The City's own centre lists no phone in the letters: asked for it, the bot says it does not know.
    expect(kb.answer("Trung tâm CĐS Thành phố có số điện thoại hỗ trợ kỹ thuật cho phường hông anh chị, cho em xin với").answered).toBe(false);
    const a = kb.answer("Trung tâm CĐS VHTTDL có số điện thoại đầu mối hỗ trợ hông anh chị, cho em xin với");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0976953686");
  });

  it("'gửi thẳng Văn phòng Bộ hay qua đơn vị nào': what comes before 'hay … nào' is the officer's guess", () => {
    const a = kb.answer("Danh sách cán bộ đầu mối gửi thẳng Văn phòng Bộ hay qua đơn vị nào ạ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("qua Trung tâm Chuyển đổi số VHTTDL");
    expect(kb.answer("Hỗ trợ tập huấn do Sở KHCN hay đơn vị nào phụ trách, có được trả phụ cấp không").answered).toBe(false);
  });

  it("a checklist's numbering ('cho em hỏi vài ý: 1) …') numbers the officer's points, not a letter's", () => {
    const a = kb.answer("Em làm ở một cửa phường ạ. Cho em hỏi vài ý: 1) Theo chỉ đạo của UBND Thành phố về kiến trúc hệ thống TTHC thì UBND phường bọn em có nhiệm vụ gì ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Ủy ban nhân dân phường, xã và đặc khu");
    expect(kb.answer("Cho em hỏi ý 2: phụ cấp cho cán bộ một cửa phường là bao nhiêu vậy?").answered).toBe(false);
  });

  it("central 'mô' typed without marks by one who types none ('địa chỉ mo a') asks which", () => {
    const a = kb.answer("cac bo gui thong tin dau moi ho tro ve bo khcn qua dia chi mo a");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("https://form.gov.vn/9B4mHHqH");
  });

  it("chat shorthand: 'r' is 'rồi', 'nguyên văn là ntn' asks what is written, 'gì cụ thể' asks what", () => {
    const fixed = kb.answer("nghe noi cv 5721 bi dinh chinh r, dinh chinh bang cv nao vay");
    expect(fixed.answered).toBe(true);
    expect(fixed.answer).toContain("6247/BKHCN-CĐSQG");
    for (const q of ["thong bao 53 giao bo khcn nhiem vu j, nguyen van la ntn a", "theo thông báo 53 thì Bộ KHCN được giao nhiệm vụ gì cụ thể, lãnh đạo muốn trích vào báo cáo"]) {
      const a = kb.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain("Chủ trì hướng dẫn bộ, ngành, địa phương");
    }
  });
});

describe("round seventeen: letter-like addresses, careful requests and chat shorthand", () => {
  it("an elder's 'Kinh gui ban ho tro, … Mong ban cho biet' typed without marks is who is asked, not the topic", () => {
    const a = kb.answer("Kinh gui ban ho tro, tai lieu dien tu huong dan su dung he thong tap trung cap bo duoc dang o nhung dau a? Mong ban cho biet, cam on ban nhieu.");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Cổng Thông tin điện tử của bộ");
    expect(a.confidence).toBeGreaterThan(0.6);
    // The same courtesy around an allowance no letter sets still declines.
    expect(kb.answer("Kinh gui ban ho tro, phu cap cho can bo quan tri he thong la bao nhieu a? Mong ban cho biet.").answered).toBe(false);
  });

  it("'ns' is 'nói', and 'em nghe tên lần đầu' tells how the officer fared", () => {
    const said = kb.answer("cv 39 cua thu tuong ns ve cai j v a");
    expect(said.answered).toBe(true);
    expect(said.answer).toContain("39/TTg-KSTT");
    const heard = kb.answer("Hệ thống điều phối giải quyết thủ tục hành chính của TP HCM dùng để làm gì vậy, em nghe tên lần đầu");
    expect(heard.answered).toBe(true);
    expect(heard.answer).toContain("Hệ thống điều phối");
  });

  it("'lãnh đạo sở muốn biết …' passes a question on, like 'sếp hỏi'", () => {
    const a = kb.answer("lãnh đạo sở muốn biết hệ thống giải quyết TTHC của Bộ VHTTDL chạy chính thức từ ngày nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("1/3/2026");
  });

  it("'Ngoài mấy anh lãnh đạo Trung tâm, …' closed by the clause's end: the answer is besides them", () => {
    const a = kb.answer("Ngoài mấy anh lãnh đạo Trung tâm, có chuyên viên nào để bên xã gọi hỏi trực tiếp ko anh, cho em xin tên với số");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("chuyên viên");
    expect(a.answer).not.toContain("Nguyễn Minh Sơn");
  });

  it("a ward's 'tôi muốn xác minh cho rõ' after a colleague's claim is how it asks", () => {
    const a = kb.answer("Một đồng nghiệp của tôi khẳng định: “Công văn tích hợp QLVB không liên quan gì đến kế hoạch tập huấn của Bộ VHTTDL”. Tôi muốn xác minh cho rõ: công văn tích hợp này có lấy văn bản kế hoạch tập huấn làm căn cứ hay không, và số, ngày của văn bản đó là gì?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("140/BVHTTDL-CĐSVHTTDL");
  });
});

describe("round seventeen: each province's schedule, claims heard and the next step", () => {
  it("asked where a province's own schedule is, the passage pointing to each province's schedule answers, whichever provinces are named", () => {
    for (const q of ["lich tap huan rieng tinh Lao Cai xem o dau, phu luc may a", "lịch tập huấn cho từng tỉnh (Gia Lai, Đắk Lắk) thì xem ở đâu", "lịch tập huấn riêng tỉnh Bà Rịa Vũng Tàu xem ở đâu, phụ lục mấy ạ", "Lịch tập huấn riêng cho Hà Nội thì tôi tra ở phần nào trong văn bản 140 ạ"]) {
      const a = kb.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain("phụ lục 2");
    }
    // Where a body sits is no schedule: still declined.
    expect(kb.answer("Trung tâm CĐS VHTTDL đặt ở đâu tại Hà Nội ạ").answered).toBe(false);
    expect(kb.answer("Sở VHTTDL Hà Nội ở đâu vậy").answered).toBe(false);
  });

  it("'tôi nghe vậy có đúng không' checks the claim heard; the claim's date is what is asked", () => {
    const a = kb.answer("Kinh gui ban, hop huyen noi he thong giai quyet TTHC cua Bo VHTTDL se chay chinh thuc tu ngay 1 thang 3, toi nghe vay co dung khong, nam nao a?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("1/3/2026");
  });

  it("'văn bản gốc', 'bản gốc' is the letter another one cites as its basis", () => {
    const a = kb.answer("vb ban hanh kien truc he thong tthc cap bo cap tinh ban goc so may ngay nao vay");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("5721/BKHCN-CĐSQG ngày 17/10/2025");
  });
});

describe("round seventeen: a need stated is a request", () => {
  it("'tui cần số điện thoại anh Hùng …, ai biết chỉ tui với nghen': the need asks, not only the plea after it", () => {
    const a = kb.answer("tui can so dien thoai anh Le Manh Hung trung tam CDS bo VH, ai biet chi tui voi nghen");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0905.188881");
    // A team needing documents for a task tells why it asks; the question is what follows.
    expect(kb.answer("Team mình cần tài liệu kỹ thuật (API, luồng dữ liệu...) để integrate qlvb điều hành với hệ thống của Bộ VHTTDL, tài liệu hướng dẫn tích hợp nằm ở phụ lục mấy?").answer).toContain("Phụ lục");
  });
});

describe("round seventeen: whom it is asked of, and what is told after the question", () => {
  it("'… vậy mấy anh chị?': the pair of forms of address closes the question as one does", () => {
    const a = kb.answer("Dạ em nghe nói công văn kiến trúc 5721 bị đính chính. Nếu đúng vậy thì đính chính bằng công văn nào, ngày mấy vậy mấy anh chị?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("6247/BKHCN-CĐSQG");
  });

  it("after the question, 'báo lỗi mấy lần', 'tàu mấy ngày mới tới' tell how the officer fared and ask nothing", () => {
    const where = kb.answer("Theo công văn tăng cường tập huấn của Bộ KHCN, vướng mắc khi dùng hệ thống tập trung thì phản ánh về đâu ạ? xã em báo lỗi mấy lần mà chưa thấy ai trả lời");
    expect(where.answered).toBe(true);
    expect(where.answer).toContain("phản ánh về Bộ KH&CN");
    const which = kb.answer("Dạ có khó khăn vượt thẩm quyền thì báo cáo UBND Thành phố qua đơn vị nào ạ? gửi giấy ra đảo thì tàu mấy ngày mới tới");
    expect(which.answered).toBe(true);
    expect(which.answer).toContain("thông qua Sở Khoa học và Công nghệ");
  });
});

describe("round seventeen: chat abbreviations", () => {
  it("'DN' is 'doanh nghiệp', as the letters write it", () => {
    const a = kb.answer("Cấu hình quy trình trên hệ thống tập trung có được làm ảnh hưởng chính sách hỗ trợ dân, DN của địa phương không?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("không làm ảnh hưởng");
  });
});

describe("round seventeen: two questions in one message", () => {
  it("when both together find no answer, the first is answered alone", () => {
    const who = kb.answer("Văn bản tăng cường tập huấn của Cục Chuyển đổi số quốc gia do ai ký? Và ở điểm 5, các bộ tiếp tục làm nhiệm vụ theo văn bản nào, số và ngày bao nhiêu?");
    expect(who.answered).toBe(true);
    expect(who.answer).toContain("Trần Duy Ninh");
    const what = kb.answer("Theo kế hoạch tập huấn, Bộ VHTTDL yêu cầu UBND tỉnh chỉ đạo tổng hợp danh sách gì? Đồng thời văn bản có gửi Trung tâm Phục vụ hành chính công không?");
    expect(what.answered).toBe(true);
    expect(what.answer).toContain("danh sách cán bộ đầu mối");
    // A first question no letter answers still declines, whatever the second asks.
    expect(kb.answer("Cán bộ quản trị hệ thống ở xã được phụ cấp bao nhiêu một tháng? Có văn bản nào quy định không?").answered).toBe(false);
  });
});

describe("round seventeen: 'cụ thể' beside the question word", () => {
  it("'trách nhiệm cụ thể gì' asks the task; 'cụ thể' names nothing", () => {
    const a = kb.answer("Theo văn bản của UBND TP.HCM thì Công an Thành phố có trách nhiệm cụ thể gì?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("an ninh, an toàn thông tin");
  });
});

describe("round seventeen: what follows the question mark", () => {
  it("a complaint after the question, however it is worded, leaves the question to be answered", () => {
    const a = kb.answer("Ai chịu trách nhiệm cấu hình quy trình giải quyết TTHC và phân quyền cho cán bộ xã trên hệ thống tập trung cấp bộ vậy? Xã tôi có tài khoản mà không có quyền gì hết, bấm đâu cũng báo không có quyền");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("cấu hình quy trình");
    // An allowance no letter sets still declines, whatever follows.
    expect(kb.answer("Phụ cấp cho cán bộ quản trị hệ thống xã là bao nhiêu? Xã tôi hỏi mãi mà không ai trả lời gì hết, tính sao đây").answered).toBe(false);
  });

  it("'ai là người in charge', 'trách nhiệm … thuộc về ai' ask who", () => {
    for (const q of ["ai là người in charge cấu hình quy trình giải quyết TTHC và phân quyền cho cán bộ đầu mối địa phương vậy", "Trách nhiệm cấu hình quy trình giải quyết TTHC và phân quyền cho cán bộ đầu mối địa phương thuộc về ai?"]) {
      const a = kb.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain("phân quyền phù hợp");
    }
  });
});

describe("round seventeen: people named and their numbers", () => {
  it("'số anh ấy là bao nhiêu' asks the person's phone, not a count", () => {
    const a = kb.answer("Đầu mối hỗ trợ tập huấn có anh Hùng phó giám đốc phải không ạ, số anh ấy là bao nhiêu ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0905.188881");
  });

  it("a name ends with its clause: 'ngoài anh Sơn, Trung tâm còn …' names Sơn, not 'Sơn Trung'", () => {
    const a = kb.answer("Anh Phó Giám đốc hỏi: ngoài anh Sơn, Trung tâm còn Phó Giám đốc nào làm đầu mối hỗ trợ không, số điện thoại là gì?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Lê Mạnh Hùng");
  });
});

describe("round seventeen: another province's letter", () => {
  it("asked the number of another province's letter, the City's own number is no answer", () => {
    expect(kb.answer("UBND tỉnh Quảng Ninh đã có văn bản triển khai kiến trúc chưa, số hiệu bao nhiêu").answered).toBe(false);
    const own = kb.answer("Văn bản triển khai kiến trúc của UBND TP.HCM số ký hiệu là gì");
    expect(own.answered).toBe(true);
    expect(own.answer).toContain("/UBND-VX");
  });
});

describe("round seventeen: topics no letter speaks of", () => {
  it("'cấp độ an toàn thông tin', recording a session ('ghi hình'): declined; who sees to information security is still answered", () => {
    for (const q of ["Hệ thống giải quyết TTHC tập trung của Bộ được phê duyệt cấp độ an toàn thông tin cấp mấy vậy? tỉnh đòi xã khai trong báo cáo", "tích hợp QLVB với hệ thống Bộ VH có phải làm hồ sơ đề xuất cấp độ an toàn thông tin không, cấp độ mấy", "Buổi tập huấn có ghi hình lại để xem sau không ạ?"]) {
      expect(kb.answer(q).answered, q).toBe(false);
    }
    expect(kb.answer("Ai phụ trách hạ tầng số và an toàn thông tin ở Trung tâm CĐS VHTTDL?").answer).toContain("Dương Anh Quân");
  });
});

describe("round nineteen: who asks, and foreign words, as the focus", () => {
  it("'anh ơi em đang soạn tờ trình …': the officer's own task is not what is asked; the conclusion's date is answered", () => {
    const a = kb.answer("anh ơi em đang soạn tờ trình mà cần cái thông báo kết luận năm mươi ba của tổ giúp việc cái mà giao bộ khoa học chủ trì hướng dẫn bộ ngành địa phương làm kiến trúc á nó ra ngày hai ba tháng mười à không ý em là tháng mấy anh nhớ không");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Thông báo kết luận số 53-TB/TGV ngày 23/11/2025");
  });

  it("'guide kiến trúc này là bắt buộc …': an English word stands for its translation as the focus, however often the letters use it", () => {
    const guide = kb.answer("guide kien truc nay la bat buoc hay chi de tham khao");
    expect(guide.answered).toBe(true);
    expect(guide.answer).toContain("Hướng dẫn này là tài liệu tham khảo chính thức");
  });

  it("what no letter says, asked with the same English words, is still declined", () => {
    for (const q of ["guide cai dat phan mem ky so tren may tinh o dau", "system tthc tap trung co app tren dien thoai ko"]) expect(kb.answer(q).answered, q).toBe(false);
  });
});

describe("round nineteen: an officer introducing himself without punctuation", () => {
  it("'tôi là phó chánh văn phòng sở văn hóa sơn la …': who asks, up to his province, is context; the question is answered", () => {
    const a = kb.answer("tôi là phó chánh văn phòng sở văn hóa sơn la anh em xã hay hỏi tài liệu điện tử hướng dẫn dùng hệ thống thủ tục tập trung thì các bộ đưa lên đâu để mình vào đọc");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đăng tải trên Cổng Thông tin điện tử của bộ");
  });

  it("the same introduction around what no letter says is still declined", () => {
    const q = "tôi là phó chánh văn phòng sở văn hóa sơn la anh em đi tập huấn thì có được thanh toán công tác phí tiền xe không";
    expect(kb.answer(q).answered, q).toBe(false);
  });
});

describe("round nineteen: a letter's recipients or signature state no task", () => {
  it("'việc đầu tiên cv tích hợp bảo tỉnh làm là gì': the first point, not the list of recipients", () => {
    const a = kb.answer("viec dau tien cv tich hop bao tinh lam la gi a? em tom tat trinh lanh dao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Rà soát, đôn đốc công tác chuẩn bị");
    expect(a.answer).not.toContain("Nơi nhận");
  });
});

describe("round twenty: whom something is for, and whom a letter is sent to", () => {
  it("'dành cho cấp nào': the levels a training or its material is meant for, not a topic 'dành'", () => {
    const material = kb.answer("Bộ tài liệu tập huấn vận hành do Trung tâm Chuyển đổi số Thành phố soạn thì dành cho cấp nào ạ?");
    expect(material.answered).toBe(true);
    expect(material.answer).toContain("phù hợp với cấp tỉnh và cấp xã");
    const course = kb.answer("Khoá đào tạo dùng hệ thống của Bộ VHTTDL dành cho cấp nào, xã có được học không?");
    expect(course.answer).toContain("cho cán bộ cấp Sở và xã/phường/đặc khu");
  });

  it("an allowance 'dành cho cấp nào' is still declined", () => {
    expect(kb.answer("Tiền phụ cấp cho cán bộ quản trị hệ thống dành cho cấp nào ạ?").answered).toBe(false);
  });

  it("'có gửi cho X không hay chỉ gửi UBND tỉnh': X is asked, so the list of recipients naming X answers", () => {
    const a = kb.answer("công văn tích hợp có gửi trung tâm hành chính công của tỉnh không hay chỉ gửi UBND tỉnh thôi");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Trung tâm phục vụ Hành chính công các tỉnh/thành phố");
  });
});

describe("round twenty: a chat spelling inside an everyday wording", () => {
  it("'dựa vô' is 'dựa vào', which the lexicon gives the letters' wording for", () => {
    const a = kb.answer("hướng dẫn kiến trúc thì khi nâng cấp hệ thống có dựa vô được không hay chỉ khi xây mới");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("trong quá trình xây dựng, nâng cấp");
  });
});

describe("round twenty: the form's address", () => {
  it("'link biểu mẫu' is the online form the letter gives the address of", () => {
    const a = kb.answer("Đường link biểu mẫu để các bộ khai thông tin đầu mối hỗ trợ gửi Bộ KHCN là gì?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("https://form.gov.vn/9B4mHHqH");
  });

  it("'qua email hay qua link nào': either address answers, the form's link does", () => {
    const a = kb.answer("sếp bảo các bộ gửi thông tin đầu mối hỗ trợ về Bộ KHCN qua email, đúng không hay là qua link nào?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("https://form.gov.vn/9B4mHHqH");
  });
});

describe("round twenty: what a letter says of something, 'được quy định ra sao'", () => {
  it("the verb of stating is how the letter puts it; the thing before it is asked about", () => {
    const a = kb.answer("Trong công văn của UBND Thành phố, nhiệm vụ của các sở, ngành về tập huấn cho địa phương được quy định thế nào?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Các sở, ban, ngành chủ động phối hợp với Bộ chuyên ngành tổ chức tập huấn");
  });

  it("what no letter says, asked the same way, is still declined", () => {
    expect(kb.answer("Phụ cấp cho cán bộ quản trị hệ thống xã được quy định thế nào ạ?").answered).toBe(false);
  });
});

describe("round twenty: a guidance letter's standing, a dictated symbol, where something is described", () => {
  it("'giá trị pháp lý thế nào': what the letter says it is, a reference document", () => {
    const a = kb.answer("Hướng dẫn kiến trúc của Bộ KHCN có giá trị pháp lý thế nào?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Hướng dẫn này là tài liệu tham khảo chính thức");
  });

  it("the value of a contract or tender, which no letter gives, is still declined", () => {
    for (const q of ["Giá trị gói thầu tích hợp QLVB với hệ thống của Bộ là bao nhiêu?", "hợp đồng tích hợp QLVB có giá trị bao nhiêu tiền"]) expect(kb.answer(q).answered, q).toBe(false);
  });

  it("'tê tê gê ca ét tê tê' dictated is the Prime Minister's letter 39/TTg-KSTT", () => {
    const a = kb.answer("thủ tướng giao việc ở công văn ba chín tê tê gê ca ét tê tê ngày mấy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("39/TTg-KSTT ngày 09/01/2025");
  });

  it("'nhiệm vụ … được mô tả ở đâu': where the letter points for the officers' duties", () => {
    const a = kb.answer("nhiem vu cua 2 can bo cap so va 1 can bo quan tri cap xa duoc mo ta o dau");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("chi tiết nhiệm vụ tại phụ lục 01");
  });
});

describe("round twenty: which appendix, and what a letter is issued for", () => {
  it("'phụ lục 03 … là gì': the sentence pointing to appendix 03, not the one pointing to 01 and 02", () => {
    const a = kb.answer("Phụ lục 03 kèm theo công văn tích hợp QLVB nói về cái gì vậy?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Kết quả thu thập thông tin đơn vị Sở, Xã/phường");
  });

  it("'ra hướng dẫn này để làm gì': the sentence issuing it 'nhằm …' states the purpose", () => {
    const a = kb.answer("bkhcn ra hướng dẫn triển khai kiến trúc để lm j z");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("làm rõ yêu cầu, mô hình kỹ thuật và phương thức phối hợp");
  });
});

describe("round twenty: the sentence that answers, within the passage", () => {
  it("'hệ thống điều phối dùng để làm gì': the sentence saying what it does, not one with 'để' about something else", () => {
    const a = kb.answer("Hệ thống điều phối giải quyết TTHC dùng để làm gì, em đọc văn bản TP HCM thấy nhắc");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("điều phối, theo dõi và hỗ trợ quá trình tiếp nhận, luân chuyển, xử lý hồ sơ");
  });

  it("'bố trí những ai': the sentence naming the kinds of staff", () => {
    const a = kb.answer("các bộ ngành phải bố trí những ai để hỗ trợ địa phương khi chạy hệ thống tập trung");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("cán bộ chuyên môn nghiệp vụ, cán bộ kỹ thuật");
  });
});

describe("round twenty: 'cv tích hợp' names the integration letter", () => {
  it("after its kind of document, a subject's first words no other letter's subject uses name the letter", () => {
    const a = kb.answer("muc 1 cv tich hop bat ubnd tinh lam gi vay, e can tom tat cho lanh dao");
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.doc).toBe("cds-vhttdl-tich-hop-qlvb");
    expect(a.answer).toContain("Rà soát, đôn đốc công tác chuẩn bị");
  });
});

describe("round twenty: when a system is switched off", () => {
  it("'hệ thống cũ của TP HCM có tắt luôn không': it runs until the ministries finish, which the letter says", () => {
    const a = kb.answer("Hệ thống giải quyết TTHC cũ của TP HCM có tắt luôn không hay vẫn chạy tới khi nào ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đến khi Văn phòng Chính phủ, Bộ Công an và các Bộ, ngành hoàn thành việc triển khai");
  });

  it("switching off what no letter speaks of is still declined", () => {
    for (const q of ["Mất điện thì hệ thống tập trung có tự tắt không, hồ sơ đang nhập có mất không?", "Tắt máy tính qua đêm thì có bị đăng xuất khỏi hệ thống TTHC không?"]) expect(kb.answer(q).answered, q).toBe(false);
  });
});

describe("round twenty: where to look up a province's training day", () => {
  it("'lịch từng tỉnh xem ở đâu, tỉnh X học hôm nào': the appendix with each province's schedule", () => {
    const a = kb.answer("Lịch tập huấn của từng tỉnh xem ở đâu vậy, Lạng Sơn học hôm nào tôi chưa thấy ai báo");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("chi tiết lịch tập huấn cho từng địa phương tại phụ lục 2");
  });

  it("where a province's session is held, which no letter says, is still declined", () => {
    expect(kb.answer("Lịch tập huấn cụ thể của tỉnh Nghệ An là ngày nào, học ở đâu vậy?").answered).toBe(false);
  });
});

describe("round twenty: a lead-in found brings its first point", () => {
  it("'UBND tỉnh phải làm việc gì đầu tiên': the first point after '… đề nghị Ủy ban nhân dân các tỉnh, thành phố:'", () => {
    const a = kb.answer("Theo công văn tích hợp, UBND tỉnh phải làm việc gì đầu tiên?");
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.doc).toBe("cds-vhttdl-tich-hop-qlvb");
    expect(a.answer).toContain("Rà soát, đôn đốc công tác chuẩn bị");
  });
});

describe("round twenty: 'đầu' of a compound is no 'đâu'", () => {
  it("'… em chỉ thấy 2 trang đầu': 'trang đầu' closes no question of where; the appendix is where the content is", () => {
    const a = kb.answer("Nội dung chi tiết của hướng dẫn kiến trúc nằm ở đâu, em chỉ thấy 2 trang đầu");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nội dung chi tiết Hướng dẫn được nêu tại Phụ lục kèm theo");
  });
});

describe("round twenty: words asked side by side", () => {
  it("a passage writing the question's word pairs ('tập huấn chuyên sâu') ranks above one sharing its words apart", () => {
    const a = kb.answer("theo bộ khoa học thì các bộ mở lớp tập huấn chuyên sâu cho những ai, cán bộ xã có được học không");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("cho cán bộ, công chức giải quyết thủ tục hành chính từ cấp tỉnh đến cấp xã");
  });
});

describe("round twenty-one: Telex left in question words", () => {
  it("'laf gif' is 'là gì' even though the letters never write 'gì': the term asked about is explained", () => {
    for (const q of ["mooc laf gif vaayj, thaays cv cuar Cucj nhac", "moocs laf gif"]) {
      const a = kb.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain("nền tảng học trực tuyến mở đại trà (MOOCs)");
    }
  });

  it("'soos maays' asks a number: the hotline the letters mention without one is declined", () => {
    expect(kb.answer("toongr ddaif hoox trowj cuar Boj soos maays").answered).toBe(false);
  });
});

describe("round twenty-one: a letter's closing paragraph", () => {
  it("'phần cuối', 'đoạn kết' of a letter: its last paragraph before 'Nơi nhận' answers", () => {
    const plan = kb.answer("Phần cuối kế hoạch tập huấn của Bộ VHTTDL yêu cầu Ủy ban nhân dân các tỉnh điều gì?");
    expect(plan.answered).toBe(true);
    expect(plan.answer).toContain("quyết liệt chỉ đạo để đảm bảo hệ thống được vận hành đúng tiến độ đề ra");
    const integration = kb.answer("Ý chính ở đoạn kết cv tích hợp QLVB là gì, Trung tâm muốn các tỉnh thế nào?");
    expect(integration.answered).toBe(true);
    expect(integration.answer).toContain("quyết liệt chỉ đạo");
  });

  it("'cuối công văn' places what is asked; it is not the topic ('… đề nghị Sở … đúng không' is answered by the paragraph)", () => {
    const a = kb.answer("Cuối công văn tích hợp QLVB đề nghị Sở VHTTDL quyết liệt chỉ đạo cho kịp tiến độ đúng không ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đề nghị Ủy ban nhân dân các tỉnh, thành phố quyết liệt chỉ đạo");
  });

  it("the copies line at a letter's end ('dòng Lưu ở cuối') is not its closing paragraph", () => {
    const a = kb.answer("Dòng Lưu ở cuối công văn tích hợp ghi gì");
    expect(a.answer).toContain("Lưu: VP, CNNTS, VH.40.");
  });
});

describe("round twenty-one: a letter named by its subject with other words between", () => {
  it("'hd … Bộ KHCN … về kiến trúc' names the architecture guidance, whose words 'cấp bộ' do not swallow 'kiến trúc'", () => {
    const a = kb.answer("Theo hd 7753, Bộ KHCN được giao làm gì về kiến trúc hệ thống TTHC?");
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.doc).toBe("bkhcn-huong-dan-trien-khai-kien-truc");
    expect(a.answer).toContain("Chủ trì hướng dẫn bộ, ngành, địa phương triển khai");
  });
});

describe("round twenty-one: a province after 'tỉnh'", () => {
  it("'tỉnh son la' names Sơn La though 'la' reads as 'là' elsewhere: the province's own contact is declined", () => {
    expect(kb.answer("can bo dau moi cua tinh son la la ai").answered).toBe(false);
  });

  it("a body of 'tỉnh X' asked among a letter's recipients: the list naming that body of 'các tỉnh' answers", () => {
    const a = kb.answer("Trung tâm phục vụ hành chính công tỉnh Nghệ An có trong nơi nhận công văn tích hợp không");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Trung tâm phục vụ Hành chính công các tỉnh/thành phố");
  });
});

describe("round twenty-one: counting, and a person's number", () => {
  it("'số a Hùng bao nhiêu': 'a' (anh) before a name asks that person's phone, not a count", () => {
    const a = kb.answer("Cho em hỏi số a Lê Mạnh Hùng bao nhiêu ạ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0905.188881");
  });

  it("'mấy admin': the letters count the role as 'cán bộ' of it ('01 cán bộ quản trị hệ thống')", () => {
    const a = kb.answer("moi phuong can may admin cho he thong cua Bo VH");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("01 cán bộ quản trị hệ thống");
  });

  it("'mấy' in a sentence telling the situation is not what the question ending with '?' counts", () => {
    const a = kb.answer("Văn phòng xã tôi ít người, mỗi người kiêm mấy việc. Theo kế hoạch của Bộ VHTTDL thì mỗi xã phải bố trí mấy người quản trị hệ thống?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("01 cán bộ quản trị hệ thống");
  });
});

describe("round twenty-one: confirming what the officer wrongly believes", () => {
  it("'… là X đúng không': the passage stating the truth answers, though it does not say X", () => {
    const title = kb.answer("Anh Lê Mạnh Hùng là Giám đốc Trung tâm CĐS VHTTDL phải không ạ?");
    expect(title.answered).toBe(true);
    expect(title.answer).toContain("Lê Mạnh Hùng – Phó Giám đốc");
    const issuer = kb.answer("QĐ 2618 về các nền tảng số quốc gia là của Bộ Công an ban hành đúng ko");
    expect(issuer.answered).toBe(true);
    expect(issuer.answer).toContain("Quyết định 2618/QĐ-BKHCN ngày 11/09/2025 của Bộ Khoa học và Công nghệ");
  });

  it("a belief about what no letter says is still declined", () => {
    expect(kb.answer("Phụ cấp cán bộ quản trị hệ thống xã là 500 nghìn một tháng đúng không").answered).toBe(false);
  });
});

describe("round twenty-one: a letter's number typed with two digits swapped", () => {
  it("'công văn 5712' is the letters' 5721 when no other number of theirs is two digits away", () => {
    const a = kb.answer("Kế hoạch tập huấn có căn cứ công văn 5712 của Bộ KHCN, công văn đó ban hành ngày nào?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Công văn số 5721/BKHCN-CĐSQG ngày 17/10/2025");
  });

  it("a number the letters do not have at all is still declined", () => {
    expect(kb.answer("Quyết định 9999 của Bộ KHCN nói về gì").answered).toBe(false);
  });
});

describe("round twenty-one: a topic word inside an everyday phrase the lexicon knows", () => {
  it("'phân quyền tài khoản' is the letters' 'phân quyền', not the topic of accounts", () => {
    const a = kb.answer("Việc phân quyền tài khoản cho cán bộ đầu mối ở địa phương do ai làm?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("phân quyền phù hợp cho cán bộ đầu mối");
  });

  it("accounts asked on their own are still a topic no letter covers", () => {
    expect(kb.answer("Tài khoản của cán bộ đầu mối ở địa phương do ai cấp?").answered).toBe(false);
  });
});

describe("round twenty-one: a formal request's opening", () => {
  it("'Đề nghị cho số điện thoại …' asks for the number; 'đề nghị' is how it is asked, not its topic", () => {
    const a = kb.answer("Đề nghị cho số điện thoại đồng chí Lê Mạnh Hùng.");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0905.188881");
  });
});

describe("round twenty-one: how far someone has got", () => {
  it("'đã kết nối xong … chưa', 'tỉnh nào dẫn đầu': the letters plan and instruct, none reports progress", () => {
    expect(kb.answer("Thành phố Hồ Chí Minh đã kết nối xong hệ thống điều phối chưa ạ?").answered).toBe(false);
    expect(kb.answer("tinh nao dan dau ve tich hop qlvb").answered).toBe(false);
  });

  it("a step told done ('làm xong … rồi thì gửi về đâu') still asks what comes next", () => {
    const a = kb.answer("Làm xong danh sách cán bộ đầu mối rồi thì gửi về đâu?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("qua Trung tâm Chuyển đổi số VHTTDL");
  });
});

describe("round twenty-one: 'bnhiu', chat shorthand for 'bao nhiêu'", () => {
  it("counts: how many platforms a cited decision has is not in the letter that cites it", () => {
    expect(kb.answer("qd 2618 co bnhiu nen tang so quoc gia z").answered).toBe(false);
    const a = kb.answer("so vh tinh phai cu bnhiu nguoi phoi hop voi bo z");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("02 cán bộ phối hợp");
  });
});

describe("round twenty-two: a label heading the question", () => {
  it("'FAQ – …' and 'Câu hỏi: …', as support staff write them, ask what follows", () => {
    const staff = kb.answer("FAQ – Mỗi UBND xã, phường cần bố trí mấy cán bộ quản trị hệ thống?");
    expect(staff.answered).toBe(true);
    expect(staff.answer).toContain("bố trí 01 cán bộ quản trị hệ thống");
    const labelled = kb.answer("Câu hỏi: Lý do Bộ KH&CN ra công văn tăng cường tập huấn là gì?");
    expect(labelled.answered).toBe(true);
    expect(labelled.answer).toContain("ý kiến phản ánh từ một số địa phương");
  });

  it("the word after a label opens the question: 'FAQ – Lý do …' names no one called Lý", () => {
    const a = kb.answer("FAQ – Lý do Bộ KH&CN ra công văn tăng cường tập huấn là gì?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("ý kiến phản ánh từ một số địa phương");
  });

  it("'những mục tiêu gì' asks what the work is for", () => {
    const a = kb.answer("Việc tích hợp QLVB điều hành của địa phương với hệ thống TTHC của Bộ VHTTDL hướng tới những mục tiêu gì?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("rút ngắn thời gian luân chuyển văn bản");
  });
});

describe("round twenty-two: the officer's own words around the question", () => {
  it("'máy' typed with its mark is a computer, not 'mấy'", () => {
    const a = kb.answer("Máy ở phường tôi hay bị virus, đường mạng chập chờn. Bên Bộ văn hóa ai lo hạ tầng với an toàn thông tin, số điện thoại mấy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Dương Anh Quân - Phụ trách Hạ tầng số và An toàn thông tin");
  });

  it("'… hả đồng chí' closes the question as 'anh' or 'chị' would", () => {
    const a = kb.answer("Bộ khoa học đề nghị các tỉnh làm gì với cái hướng dẫn đó hả đồng chí, chỉ đọc để biết thôi hay phải bắt tay làm");
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.doc).toBe("bkhcn-huong-dan-trien-khai-kien-truc");
  });

  it("'lộ thông tin' is a matter of the letters' 'an toàn thông tin'", () => {
    const a = kb.answer("Nếu lộ thông tin tài khoản, mất dữ liệu thì báo ai bên Bộ văn hóa, số điện thoại bao nhiêu");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Dương Anh Quân");
  });

  it("'để tôi lưu vào máy' is the officer's purpose; 'cho tôi xin' asks", () => {
    const a = kb.answer("cho tôi xin số của anh Hiếu để tôi lưu vào máy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Lê Hữu Hiếu");
  });

  it("a purpose before the closing 'không ạ' is still asked about: no e-mail is in any letter", () => {
    expect(kb.answer("Anh chị có email của Trung tâm CĐS VHTTDL để Sở em gửi danh sách đầu mối không ạ?").answered).toBe(false);
  });
});

describe("round twenty-two: a letter's number line with its place and date", () => {
  it("asked a letter's symbol and year, the answer shows the header's row: the number left blank, the year", () => {
    const a = kb.answer("cv tích hợp qlvb số ký hiệu là gì, năm nào ra");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Số: / CĐSVHTTDL-CNNTS Hà Nội, ngày tháng năm 2026");
  });

  it("'Thành phố Hồ Chí Minh, ngày …' names the city: asked who signed, the signature answers", () => {
    const a = kb.answer("cv UBND-VX ve kien truc ai ky vay");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nguyễn Mạnh Cường");
  });

  it("a place of issue is not the province asked about: Hà Nội's wards are in the plan for every province", () => {
    const a = kb.answer("Còn đối với UBND các xã, phường của Hà Nội thì mỗi đơn vị phải bố trí mấy người theo kế hoạch tập huấn của Bộ VHTTDL?");
    expect(a.sources[0]?.text).toContain("bố trí 01 cán bộ quản trị hệ thống");
    expect(kb.answer("Hà Nội đã tích hợp xong hệ thống QLVB với hệ thống TTHC của Bộ VH chưa vậy anh chị?").answered).toBe(false);
  });
});

describe("round twenty-two: the province the officer is in", () => {
  it("'phường em ở Đà Nẵng thì …': what the plan sets for every province holds in the officer's own", () => {
    const ward = kb.answer("phường em ở Đà Nẵng thì phải bố trí mấy người làm quản trị hệ thống ạ");
    expect(ward.answered).toBe(true);
    expect(ward.answer).toContain("bố trí 01 cán bộ quản trị hệ thống");
    const department = kb.answer("ở Cần Thơ có Sở VHTT với Sở Du lịch riêng thì kế hoạch tập huấn bắt sở nào cử cán bộ");
    expect(department.answered).toBe(true);
    expect(department.answer).toContain("Sở Văn hóa và Thể thao/Sở Du lịch");
  });

  it("a place asked about is still asked about: no letter gives an address in Hà Nội or a day for Đà Nẵng", () => {
    expect(kb.answer("Trung tâm CĐS VHTTDL ở địa chỉ nào tại Hà Nội ạ").answered).toBe(false);
    expect(kb.answer("lịch tập huấn ở Đà Nẵng ngày nào").answered).toBe(false);
  });
});

describe("round twenty-two: requests put as imperatives", () => {
  it("'liệt kê', 'kể tên', 'trích' say how the request is put, not what it is about", () => {
    const listed = kb.answer("liệt kê các nơi nhận của kế hoạch tập huấn Bộ VHTTDL");
    expect(listed.answered).toBe(true);
    expect(listed.answer).toContain("Bộ trưởng (để báo cáo)");
    const named = kb.answer("kể tên các chuyên viên phòng Công nghệ và Nền tảng số kèm số điện thoại");
    expect(named.answered).toBe(true);
    expect(named.answer).toContain("Lê Hữu Hiếu (ĐT: 0906131357)");
    const quoted = kb.answer("trích thông báo kết luận 53 phần giao nhiệm vụ cho Bộ KHCN");
    expect(quoted.answered).toBe(true);
    expect(quoted.answer).toContain("Thông báo kết luận số 53-TB/TGV");
  });

  it("'gửi số chị …' asks for a phone: the signer's name alone is no answer", () => {
    expect(kb.answer("gửi số chị Hoàng Lan giám đốc Trung tâm CĐS VHTTDL").answered).toBe(false);
    const a = kb.answer("gửi số anh Sơn phó giám đốc Trung tâm CĐS VHTTDL");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0976953686");
  });
});

describe("round twenty-two: a letter's point asked for by its number", () => {
  it("'mục 2', 'điểm 4' of a named letter is its point of that number", () => {
    const second = kb.answer("mục 2 của công văn tăng cường tập huấn nói gì");
    expect(second.answered).toBe(true);
    expect(second.answer).toMatch(/^2\. Bố trí cán bộ chuyên môn nghiệp vụ/);
    const fourth = kb.answer("tóm tắt điểm 4 CV tăng cường tập huấn");
    expect(fourth.answered).toBe(true);
    expect(fourth.answer).toMatch(/^4\. Chủ động rà soát/);
  });
});

describe("round twenty-two: words stretched for warmth, and emoticons", () => {
  it("'kýyy', 'hônggg', 'nhaaa', ':D' read as the words they stretch; 'ATTT', 'HTTT' stay acronyms", () => {
    const signer = kb.answer("cv kế hoạch tập huấn ai kýyy vậyyy nhaaa ạaa :))");
    expect(signer.answered).toBe(true);
    expect(signer.answer).toContain("Phan Tâm");
    const sent = kb.answer("vb của HCM có gửi Công an TP hônggg mn :D");
    expect(sent.answered).toBe(true);
    expect(sent.answer).toContain("Công an Thành phố");
    const acronym = kb.answer("HTTT GQTTHC là viết tắt của gì vậy");
    expect(acronym.answered).toBe(true);
    expect(acronym.answer).toContain("Hệ thống thông tin giải quyết thủ tục hành chính");
  });
});

describe("round twenty-three: why the officer asks, after the question", () => {
  it("'… ở đâu để cán bộ phường tôi tải về', '… sở nào để Cần Thơ mình học theo': the officer's purpose is not asked", () => {
    const where = kb.answer("Tài liệu điện tử hướng dẫn sử dụng hệ thống tập trung cấp bộ được đăng ở đâu để cán bộ phường tôi tải về?");
    expect(where.answered).toBe(true);
    expect(where.answer).toContain("đăng tải trên Cổng Thông tin điện tử của bộ");
    const proposer = kb.answer("UBND TP HCM ban hành cv kiến trúc theo đề nghị của sở nào để Cần Thơ mình học theo?");
    expect(proposer.answered).toBe(true);
    expect(proposer.answer).toContain("Xét đề nghị của Sở Khoa học và Công nghệ");
  });

  it("'cách nào khác để gửi thông tin' asks about the sending itself, which a passage must speak of", () => {
    const a = kb.answer("Ngoài bấm link ra thì còn cách nào khác để gửi thông tin cho Bộ KH&CN không, gõ link hoài sai");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("https://form.gov.vn/");
  });
});

describe("round twenty-three: southern speech typed or dictated", () => {
  it("'công dăn', 'tít họp', 'dới', 'phục dụ' are the letters' 'công văn', 'tích hợp', 'với', 'phục vụ'", () => {
    const why = kb.answer("Tít họp quản lý dăn bản dới hệ thống của bộ để làm gì dậy?");
    expect(why.answered).toBe(true);
    expect(why.answer).toContain("rút ngắn thời gian luân chuyển văn bản");
    const sent = kb.answer("Công dăn tít họp có gửi cho chung tâm phục dụ hành chính công không em?");
    expect(sent.answered).toBe(true);
    expect(sent.answer).toContain("Trung tâm phục vụ Hành chính công các tỉnh/thành phố");
  });

  it("a province's name is no southern spelling: 'Quảng Ngãi' is not 'quản'", () => {
    const a = kb.answer("Lịch tập huấn riêng của tỉnh Quảng Ngãi xem ở phụ lục nào?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("phụ lục 2");
  });
});

describe("round twenty-three: the task someone was given", () => {
  it("'được giao nhiệm vụ gì' asks what was given: the passage saying so answers, not one citing the same letters", () => {
    const given = kb.answer("Bộ KHCN được giao nhiệm vụ gì liên quan đến kiến trúc hệ thống TTHC cấp bộ, cấp tỉnh?");
    expect(given.answered).toBe(true);
    expect(given.answer).toContain("Chủ trì hướng dẫn bộ, ngành, địa phương");
    // "Được" only marks the passive: a passage saying "được" elsewhere ("… được đồng bộ") is no closer.
    const police = kb.answer("cong an tp hcm duoc giao nhiem vu gi trong viec trien khai kien truc he thong tthc, nghe noi co ca cong an tham gia");
    expect(police.answered).toBe(true);
    expect(police.answer).toContain("an ninh, an toàn thông tin");
  });
});

describe("round twenty-three: units listed with a comma", () => {
  it("'cán bộ phường, xã' is one phrase: who trains them (TP HCM) stays asked, and no letter gives its date", () => {
    const a = kb.answer("UBND TP HCM tập huấn cho cán bộ phường, xã ngày nào vậy?");
    expect(a.answered).toBe(false);
  });
});

describe("round twenty-three: the body the officer says speaks", () => {
  it("'Bộ KHCN bảo …', 'Vì sao Bộ VH đề nghị …': the letter that says it answers, whoever the officer thinks wrote it", () => {
    const start = kb.answer("Bộ KHCN bảo lịch tập huấn cho cán bộ Sở và xã bắt đầu từ ngày nào?");
    expect(start.answered).toBe(true);
    expect(start.sources[0]?.doc).toBe("bvhttdl-ke-hoach-tap-huan");
    expect(start.answer).toContain("19/01/2026");
    const why = kb.answer("Vì sao Bộ VH đề nghị các bộ tăng cường tập huấn và cung cấp tài liệu điện tử?");
    expect(why.answered).toBe(true);
    expect(why.answer).toContain("ý kiến phản ánh từ một số địa phương");
  });

  it("a body something belongs to is no speaker: the number of Bộ Công an's plan is in no letter", () => {
    expect(kb.answer("Kế hoạch của Bộ Công an nói trong cv tích hợp QLVB là kế hoạch số mấy?").answered).toBe(false);
  });
});

describe("round twenty-three: an older officer's courtesies", () => {
  it("'do vị nào ký' asks who signed, as 'ai ký' does", () => {
    const a = kb.answer("Văn bản triển khai kiến trúc của UBND TP HCM do vị nào ký?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nguyễn Mạnh Cường");
  });

  it("'Theo tôi được biết …', 'Xin được hỏi …' frame the question and ask nothing", () => {
    const sent = kb.answer("Theo tôi được biết Bộ KH&CN có công văn tăng cường tập huấn. Xin được hỏi công văn ấy gửi những cơ quan nào?");
    expect(sent.answered).toBe(true);
    expect(sent.answer).toContain("Các bộ, cơ quan ngang bộ");
    const whom = kb.answer("Xin được hỏi: các đề nghị trong công văn tăng cường tập huấn là đề nghị cơ quan nào thực hiện ạ?");
    expect(whom.answered).toBe(true);
    expect(whom.answer).toContain("trân trọng đề nghị bộ, cơ quan ngang bộ");
  });
});

describe("round twenty-three: the date of the letter named", () => {
  it("'công văn 39 ngày nào ký': a passage citing 39 without its date, beside another letter's date, does not answer", () => {
    const a = kb.answer("công văn 39 của Thủ tướng, ngày nào ký vậy");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("39/TTg-KSTT ngày 09/01/2025");
  });

  it("a letter the officer already has ('ngoài cv 39') is not the one whose date is asked", () => {
    const a = kb.answer("ngoài cv 39 của TTg thì cv tăng cường tập huấn còn bảo tiếp tục thực hiện văn bản số mấy của BKHCN, ngày nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("7753/BKH-CN-CĐSQG ngày 17/12/2025");
  });
});

describe("round twenty-three: a letter's recipients named by their heading", () => {
  it("'có nằm trong nơi nhận cv … không' asks the letter's recipients", () => {
    const a = kb.answer("Sở Du lịch bên tôi có nằm trong nơi nhận cv tích hợp QLVB ko, hay chỉ gửi UBND tỉnh thôi, văn thư chưa chuyển xuống");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Các Sở VH TTDL-VHTT-DL");
  });
});

describe("round twenty-three: whom a letter is sent to, whole", () => {
  it("asked whether a letter goes to a department, the answer gives both lists: 'Kính gửi' and 'Nơi nhận'", () => {
    const a = kb.answer("cv tăng cường tập huấn có gửi cho Sở KH&CN tỉnh không hay chỉ gửi UBND thôi?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Kính gửi:");
    expect(a.answer).toContain("Ủy ban nhân dân các tỉnh, thành phố");
    expect(a.answer).toContain("Nơi nhận:");
    expect(a.answer).toContain("Sở KH&CN các tỉnh, thành phố");
  });
});

describe("round twenty-three: what a cited letter requires", () => {
  it("'theo văn bản 5721 phải bảo đảm gì': the passage saying '… theo Văn bản số 5721/… bảo đảm thống nhất, thông suốt' answers", () => {
    const a = kb.answer("triển khai kiến trúc theo văn bản 5721 thì phải bảo đảm điều gì");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("bảo đảm thống nhất, thông suốt");
  });
});

describe("round twenty-three: dates, numbers and titles asked in other words", () => {
  it("'ngày ban hành là bao nhiêu' asks a date, not a count", () => {
    const a = kb.answer("cv 5721 về kiến trúc, theo cv tích hợp QLVB thì ngày ban hành là bao nhiêu?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("5721/BKHCN-CĐSQG ngày 17/10/2025");
  });

  it("'công văn số mấy anh' asks the letter's number of whoever reads, not a person's phone", () => {
    const a = kb.answer("Công văn tăng cường tập huấn của Bộ KHCN là tiếp theo công văn số mấy anh");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("104/BKHCN-CĐSQG");
  });

  it("a head's title may be followed by the office's name in capitals; another title is not the head", () => {
    const head = kb.answer("Văn bản hướng dẫn kiến trúc ai ký, cục trưởng tên gì?");
    expect(head.answered).toBe(true);
    expect(head.answer).toContain("Trần Duy Ninh");
    // "KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Phan Tâm", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / …": a deputy signs for the head.
    for (const q of ["Bộ trưởng Bộ VHTTDL bây giờ là ai vậy", "chủ tịch UBND TP HCM tên là gì", "bộ trưởng bộ KHCN tên gì vậy"]) expect(kb.answer(q).answered, q).toBe(false);
  });
});

describe("round twenty-three: the items of a letter only cited", () => {
  it("a passage citing a decision or a submission does not list what it holds", () => {
    for (const q of ["Quyết định 2618 của Bộ KHCN gồm những nền tảng số nào vậy", "tờ trình 6428 của Sở KHCN TP HCM đề xuất những gì"]) expect(kb.answer(q).answered, q).toBe(false);
  });

  it("a passage quoting the letter gives its items; 'về những lĩnh vực gì' asks what it is about", () => {
    const quoted = kb.answer("Thông báo kết luận 53 giao Bộ KHCN những nhiệm vụ gì");
    expect(quoted.answered).toBe(true);
    expect(quoted.answer).toContain("Chủ trì hướng dẫn bộ, ngành, địa phương");
    const about = kb.answer("Thông báo 35 của Tổ giúp việc là về những lĩnh vực gì vậy");
    expect(about.answered).toBe(true);
    expect(about.answer).toContain("đổi mới sáng tạo và chuyển đổi số");
  });
});

describe("round twenty-three: a superior's question passed on", () => {
  it("'Dạ anh phó chủ tịch hỏi …', 'Chị phó chủ tịch muốn coi …': who asks is not what is asked", () => {
    const number = kb.answer("Dạ anh phó chủ tịch hỏi công văn tăng cường tập huấn của Bộ KHCN là tiếp theo công văn số mấy, ngày nào ạ?");
    expect(number.answered).toBe(true);
    expect(number.answer).toContain("104/BKHCN-CĐSQG ngày 08/01/2026");
    const schedule = kb.answer("Chị phó chủ tịch muốn coi lịch tập huấn cụ thể của từng tỉnh thì coi ở đâu trong kế hoạch tập huấn của Bộ VHTTDL");
    expect(schedule.answered).toBe(true);
    expect(schedule.answer).toContain("phụ lục 2");
  });
});

describe("round twenty-three: where a letter is filed", () => {
  it("'cv … lưu ở đâu' is answered by the last line of its recipients, 'Lưu: …'", () => {
    const a = kb.answer("Bản lưu công văn triển khai kiến trúc của UBND TP HCM để ở đâu vậy?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Lưu: VT, (VX-TrN)");
  });
});

describe("round twenty-three: who may hold the post, a topic no letter covers", () => {
  it("'kiêm nhiệm', 'công chức văn hóa', 'lập trình' name topics of their own: no letter answers them", () => {
    for (const q of ["Cán bộ quản trị hệ thống xã có được kiêm nhiệm thêm việc văn thư không?", "Cán bộ quản trị hệ thống cấp xã có bắt buộc là công chức văn hóa không ạ?", "người quản trị hệ thống ở xã có cần biết lập trình không"]) expect(kb.answer(q).answered, q).toBe(false);
  });
});

describe("round twenty-three: a letter's own number, left blank", () => {
  it("asked the number of a letter named by its subject, numbers in its body are other letters': no wrong number is given", () => {
    for (const q of ["Công văn hướng dẫn tích hợp QLVB số mấy?", "Kế hoạch tập huấn của Bộ VHTTDL số mấy?", "hướng dẫn kiến trúc của Bộ KHCN số mấy"]) expect(kb.answer(q).answered, q).toBe(false);
  });

  it("a letter the named one follows, cites or acts on is another letter: its number is answered", () => {
    const a = kb.answer("cv tăng cường tập huấn là nối tiếp cv số mấy của Bộ KHCN");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("104/BKHCN-CĐSQG");
  });
});

describe("round twenty-four: VNI keys left in words", () => {
  it("'ta65p hua61n', 'ca1n bo65 xa4' are 'tập huấn', 'cán bộ xã': answered as typed with the marks", () => {
    const vni = kb.answer("cho e ho3i hệ tho61ng giai quyet TTHC cua Bo65 VHTTDL chay chi1nh thuc tu72 ngay na2o vay a5");
    expect(vni.answered).toBe(true);
    expect(vni.answer).toContain("1/3/2026");
    const count = kb.answer("mo64i xa4 phai cu73 ma61y ca1n bo65 qua3n tri5 he65 tho61ng a");
    expect(count.answered).toBe(true);
    expect(count.answer).toMatch(/01 cán bộ/);
  });
});

describe("round twenty-four: initials some regions say alike", () => {
  it("'chung tâm', 'kiến chúc', 'chước', 'nàm' are the letters' 'trung tâm', 'kiến trúc', 'trước', 'làm' where that makes their compound", () => {
    const who = kb.answer("ai phụ chách mảng hạ tầng số với an toàn thông tin ở chung tâm chuyển đổi số bộ văn hoá");
    expect(who.answered).toBe(true);
    expect(who.answer).toContain("Dương Anh Quân");
    const due = kb.answer("danh sách cán bộ đầu mối thì hạn gửi về bộ văn hoá nà chước ngày bao nhiêu");
    expect(due.answered).toBe(true);
    expect(due.answer).toContain("16/01/2026");
  });

  it("an everyday word the letters write stays itself: 'ra công văn' is not 'gia'", () => {
    const why = kb.answer("Lý do Bộ KH&CN ra công văn tăng cường tập huấn, cung cấp tài liệu điện tử là gì ạ?");
    expect(why.answered).toBe(true);
    expect(why.answer).toMatch(/nắm bắt tình hình|phản ánh/);
  });
});

describe("round twenty-four: dates and appendices said in words", () => {
  it("'tháng Giêng' is January and 'phụ lục bốn' is appendix 4", () => {
    const due = kb.answer("Danh sách cán bộ đầu mối phải gửi về Bộ Văn hóa trước ngày mười sáu tháng Giêng năm 2026 phải không ạ?");
    expect(due.answered).toBe(true);
    expect(due.answer).toContain("16/01/2026");
    const plan = kb.answer("Kế hoạch triển khai các bước tiếp theo của Trung tâm thì đính kèm ở phụ lục bốn phải không ạ?");
    expect(plan.answered).toBe(true);
    expect(plan.answer).toContain("phụ lục 04");
  });
});

describe("round twenty-four: whom a letter is sent to, besides those named", () => {
  it("'Ngoài UBND tỉnh, công văn … còn gửi tới đơn vị nào': the comma closes what the officer has; the letter after it is asked about", () => {
    const a = kb.answer("Ngoài UBND tỉnh, công văn tích hợp QLVB còn gửi tới đơn vị nào ở địa phương, ví dụ bên một cửa?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Trung tâm phục vụ Hành chính công các tỉnh/thành phố");
  });

  it("'còn gửi các đơn vị nào' asks for the recipients as 'những đơn vị nào' does", () => {
    const a = kb.answer("Ngoài UBND các tỉnh, văn bản tích hợp QLVB của TT CĐS VHTTDL còn gửi các đơn vị nào ở địa phương?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Các Sở VH TTDL-VHTT-DL");
  });
});

describe("round twenty-four: a letter pointed back to", () => {
  it("'… căn cứ văn bản … về KH tập huấn, cho biết số, ký hiệu của văn bản đó' asks the cited letter's number, not the blank own one", () => {
    const a = kb.answer("cv tích hợp QLVB có căn cứ văn bản của Bộ VHTTDL về KH tập huấn, xin cho biết số, ký hiệu và ngày của văn bản đó?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("140/BVHTTDL-CĐSVHTTDL ngày 12/01/2026");
  });
});

describe("round twenty-four: what someone else said, quoted", () => {
  it("a quoted claim with a wrong date or body is the officer's doubt: the question after it is answered with the letter's fact", () => {
    const due = kb.answer("\"Hạn gửi danh sách đầu mối về Bộ là 20/01\" — anh phó chủ tịch nhắn vậy, có đúng không ạ, hạn chót là ngày nào?");
    expect(due.answered).toBe(true);
    expect(due.answer).toContain("16/01/2026");
    const follows = kb.answer(">> \"Tiếp theo CV 104 của Bộ KHCN ngày 18/01\" - cho e hỏi cv 104 ngày nào ạ?");
    expect(follows.answered).toBe(true);
    expect(follows.answer).toContain("104/BKHCN-CĐSQG ngày 08/01/2026");
    const posted = kb.answer("Fwd: “Tài liệu điện tử hướng dẫn sử dụng chỉ gửi bản giấy về sở” — cho em hỏi tài liệu ấy được đăng ở đâu ạ?");
    expect(posted.answered).toBe(true);
    expect(posted.answer).toContain("đăng tải trên Cổng Thông tin điện tử của bộ");
  });

  it("a hyphen inside a name parts no clause: 'công chức văn hóa - xã hội' stays a topic no letter covers", () => {
    expect(kb.answer("Cán bộ quản trị hệ thống cấp xã có được kiêm nhiệm luôn công chức văn hóa - xã hội không?").answered).toBe(false);
  });
});

describe("round twenty-four: a message written like a letter", () => {
  it("'Kính gửi Quý Ban hỗ trợ. … Trân trọng cảm ơn.': the salutation and closing ask nothing; the question between is answered", () => {
    const a = kb.answer("Kính gửi Quý Ban hỗ trợ. Xã chúng tôi cần liên hệ chuyên viên Ngô Thị Quế Trang để hỏi về danh sách đầu mối. Kính mong cho biết số điện thoại của đồng chí. Trân trọng cảm ơn.");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Ngô Thị Quế Trang \(ĐT: [\d.]+\)/);
  });
});

describe("round twenty-five: the officer's story before the question", () => {
  it("'Phường tôi ít người, ai cũng kiêm nhiệm mấy việc. Theo kế hoạch … mỗi phường bố trí mấy người?': the story names no topic the answer must hold", () => {
    const a = kb.answer("Chào anh chị. Phường tôi ít người, ai cũng kiêm nhiệm mấy việc. Theo kế hoạch tập huấn của Bộ VHTTDL thì mỗi phường phải bố trí mấy người ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("01 cán bộ quản trị hệ thống");
  });

  it("what the story asks for still counts: 'biểu mẫu … gồm những cột nào … Vậy mẫu có những cột gì' is declined, no letter lists the columns", () => {
    expect(kb.answer("Anh chủ tịch muốn biết biểu mẫu danh sách cán bộ đầu mối ở Phụ lục 3 gồm những cột nào, để tôi điền sẵn. Vậy mẫu có những cột gì ạ?").answered).toBe(false);
  });
});

describe("round twenty-five: what a letter is for", () => {
  it("'ra … để làm gì' is answered by the letter's purpose, not by its recipients filed '(để b/c)'", () => {
    const a = kb.answer("Bộ KHCN ra cái hướng dẫn kiến trúc này để làm gì vậy anh chị, tôi cần báo cáo lãnh đạo");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("nhằm làm rõ yêu cầu, mô hình kỹ thuật");
    expect(a.answer).not.toContain("Nơi nhận");
  });

  it("'làm rõ những điểm gì' asks which points, like 'những nội dung gì'", () => {
    const a = kb.answer("Hướng dẫn kiến trúc của Bộ Khoa học nhằm làm rõ những điểm gì ạ? Tôi cần tóm tắt cho sếp");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("nhằm làm rõ yêu cầu, mô hình kỹ thuật");
  });
});

describe("round twenty-five: Telex keys left in words", () => {
  it("'Soos ddieenj thoaij cuar …', 'Coong', 'aj': answered as typed with the marks", () => {
    const phone = kb.answer("Soos ddieenj thoaij cuar ddoongf chis Nguyeenx Kim Oanh phongf Coong ngheej laf gif aj?");
    expect(phone.answered).toBe(true);
    expect(phone.answer).toContain("0915.001788");
    const duty = kb.answer("Theo cv cuar UBND TP HCM thif Coong an thanhf phoos chiuj trachs nhieemj gif?");
    expect(duty.answered).toBe(true);
    expect(duty.answer).toContain("Công an Thành phố");
  });
});

describe("round twenty-five: whom the officer asks", () => {
  it("'Anh chị giải thích giúp em …' asks as surely as the bare question: the addressee and the asking weigh nothing", () => {
    const bare = kb.answer("vì sao phải tích hợp quản lý văn bản với hệ thống của Bộ ạ?");
    const wrapped = kb.answer("Anh chị giải thích giúp em vì sao phải tích hợp quản lý văn bản với hệ thống của Bộ ạ?");
    expect(wrapped.answered).toBe(true);
    expect(wrapped.answer).toBe(bare.answer);
    expect(wrapped.confidence).toBeGreaterThan(bare.confidence - 0.1);
  });
});

describe("round twenty-five: a topic no letter covers, written apart", () => {
  it("'trung tâm dữ liệu nào' is declined: a passage with 'trung tâm' in one place and 'dữ liệu' in another does not speak of it", () => {
    expect(kb.answer("máy chủ của hệ thống tập trung được đặt tại trung tâm dữ liệu nào vậy anh").answered).toBe(false);
  });
});

describe("round twenty-five: a step done, then a question", () => {
  it("'đã làm xong danh sách rồi nhưng chưa biết gửi qua đâu' asks where to send it, not how far anyone has got", () => {
    const a = kb.answer("Tôi đã làm xong danh sách cán bộ đầu mối của phường rồi nhưng chưa biết gửi lên Bộ VHTTDL qua đơn vị nào ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Trung tâm Chuyển đổi số");
  });
});

describe("round twenty-six: a southern 'phải hông' asking to confirm", () => {
  it("'Quyết định 2618 … là của Bộ Nội vụ phải hông ạ?' is answered with the body that issued it: 'hông' asks like 'không'", () => {
    const a = kb.answer("Quyết định 2618 mà công văn tích hợp QLVB căn cứ là của Bộ Nội vụ phải hông ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("2618/QĐ-BKHCN ngày 11/09/2025 của Bộ Khoa học và Công nghệ");
  });

  it("'Anh Lê Mạnh Hùng là Giám đốc … phải hông ạ?' is answered with his real title", () => {
    const a = kb.answer("Anh Lê Mạnh Hùng là Giám đốc Trung tâm Chuyển đổi số VHTTDL phải hông ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Lê Mạnh Hùng – Phó Giám đốc/);
  });
});

describe("round twenty-six: an office chief's directives to the desk", () => {
  it("'Xin xác nhận thời điểm vận hành chính thức …' asks for the date: 'thời điểm' is answered by one", () => {
    const a = kb.answer("Xin xác nhận thời điểm vận hành chính thức hệ thống giải quyết TTHC của Bộ VHTTDL.");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("từ 1/3/2026");
  });

  it("'… đến thời điểm này' is now, no date asked: a progress report no letter gives is declined", () => {
    expect(kb.answer("báo tiến độ tích hợp QLVB của các tỉnh đến thời điểm này").answered).toBe(false);
  });

  it("'Đề nghị bộ phận hỗ trợ cho biết …' and '… Đề nghị làm rõ.' tell the desk, they name no topic", () => {
    const count = kb.answer("Đề nghị bộ phận hỗ trợ cho biết Sở VHTTDL của tỉnh phải cử bao nhiêu cán bộ phối hợp với Bộ.");
    expect(count.answered).toBe(true);
    expect(count.answer).toContain("02 cán bộ");
    const staff = kb.answer("Các bộ, ngành phải cử lực lượng nào để hỗ trợ địa phương khi vận hành hệ thống tập trung? Đề nghị làm rõ.");
    expect(staff.answered).toBe(true);
    expect(staff.answer).toContain("cán bộ chuyên môn nghiệp vụ, cán bộ kỹ thuật");
  });

  it("'Làm rõ trách nhiệm của đơn vị …' asks what that body must do", () => {
    const a = kb.answer("Làm rõ trách nhiệm của đơn vị thực hiện việc cấu hình quy trình giải quyết TTHC và phân quyền cho cán bộ đầu mối của tỉnh.");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("cấu hình quy trình giải quyết thủ tục hành chính");
  });
});

describe("round twenty-six: a sanction and a frequency asked in few words", () => {
  it("'hình thức xử lý đối với đơn vị gửi … chậm' asks for a sanction, which no letter sets", () => {
    expect(kb.answer("Làm rõ hình thức xử lý đối với đơn vị gửi danh sách cán bộ đầu mối chậm so với thời hạn.").answered).toBe(false);
  });

  it("'báo cáo định kỳ tháng hay quý' asks how often, which no letter says", () => {
    expect(kb.answer("bao cao dinh ky thang hay quy").answered).toBe(false);
  });
});

describe("round twenty-six: 'không' closing a yes-or-no clause", () => {
  it("'… hỗ trợ riêng cho từng địa phương không ạ, hay cả nước chung một đầu mối?' asks the first clause too: 'địa phương, không …' in a letter makes no compound of it", () => {
    const a = kb.answer("Các bộ có phải bố trí cán bộ kỹ thuật hỗ trợ riêng cho từng địa phương không ạ, hay cả nước chung một đầu mối?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("hỗ trợ từng địa phương");
  });
});

describe("round twenty-six: an administrator's own words for the letters' facts", () => {
  it("'Xác định …', 'Cần xác định …' open a request: 'xác định' names no topic", () => {
    const date = kb.answer("Xác định thời điểm đưa hệ thống giải quyết TTHC của Bộ VHTTDL vào khai thác chính thức.");
    expect(date.answered).toBe(true);
    expect(date.answer).toContain("từ 1/3/2026");
    const deadline = kb.answer("Cần xác định thời hạn gửi danh sách cán bộ đầu mối về Bộ VHTTDL.");
    expect(deadline.answered).toBe(true);
    expect(deadline.answer).toContain("trước ngày 16/01/2026");
  });

  it("'… được xác định ở cấp độ an toàn … cấp mấy' asks what was determined, which no letter says", () => {
    expect(kb.answer("Kính gửi Quý Bộ phận hỗ trợ. Đồng chí phụ trách văn phòng hỏi hệ thống giải quyết thủ tục hành chính cấp bộ được xác định ở cấp độ an toàn hệ thống thông tin cấp mấy. Kính đề nghị cho biết để phường chuẩn bị phương án bảo đảm an toàn phù hợp. Trân trọng cảm ơn.").answered).toBe(false);
  });

  it("'Số lượng nhân sự … làm bộ phận đầu mối' asks a count ('đầu mối' is no 'đâu'), answered by '02 cán bộ'", () => {
    const a = kb.answer("Số lượng nhân sự cấp Sở VHTTDL cần cử làm bộ phận đầu mối phối hợp với Bộ trong quá trình triển khai?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("02 cán bộ");
  });

  it("'số lượng xã/phường đã cung cấp thông tin' asks how far they have got, which no letter reports", () => {
    expect(kb.answer("Đề nghị cho biết số lượng xã/phường đã cung cấp thông tin trong đợt thu thập của Trung tâm CĐS VHTTDL.").answered).toBe(false);
  });

  it("'Thành phần tham gia chương trình đào tạo' asks whom it is for", () => {
    const a = kb.answer("Thành phần tham gia chương trình đào tạo sử dụng hệ thống theo kế hoạch của Bộ VHTTDL?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("cho cán bộ cấp Sở và xã/phường/đặc khu");
  });
});

describe("round twenty-six: 'riêng của' stresses the owner", () => {
  it("'Hệ thống … riêng của TP HCM … đến bao giờ' is answered by the city's own system running until the ministries finish", () => {
    const a = kb.answer("Hệ thống giải quyết TTHC riêng của TP HCM thì vận hành đên bao giờ ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đến khi Văn phòng Chính phủ, Bộ Công an và các Bộ, ngành hoàn thành");
  });
});

describe("round twenty-six: an inspector asks where a letter says it", () => {
  it("'… được quy định tại mục nào?' asks where to look, like 'ở mục nào'", () => {
    const a = kb.answer("Nội dung chi tiết của Hướng dẫn triển khai thực hiện Kiến trúc Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh được quy định tại mục nào của văn bản?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nội dung chi tiết Hướng dẫn được nêu tại Phụ lục kèm theo");
  });

  it("'những cấp chính quyền nào' is answered by the levels the letter names ('cấp tỉnh và cấp xã')", () => {
    const a = kb.answer("Tài liệu tập huấn vận hành do Trung tâm Chuyển đổi số TP.HCM xây dựng phải phù hợp với những cấp chính quyền nào?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("phù hợp với cấp tỉnh và cấp xã");
  });
});

describe("round twenty-six: a person named as the officer's guess", () => {
  it("'… có gửi báo cáo Thứ trưởng Lê Mạnh Hùng phải hông ạ?' is answered with the letter's recipients: the name is the guess", () => {
    const a = kb.answer("Văn bản hướng dẫn tích hợp QLVB có gửi báo cáo Thứ trưởng Lê Mạnh Hùng phải hông ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Thứ trưởng Phan Tâm (để báo cáo)");
  });

  it("a technical word typed in capitals is no person: '… dùng chuẩn API REST, có đúng không' stays declined", () => {
    expect(kb.answer("Em hiểu là tích hợp quản lý văn bản với hệ thống của Bộ thì dùng chuẩn API REST, có đúng không anh?").answered).toBe(false);
  });
});

describe("round twenty-six: a name written with a comma", () => {
  it("'Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch ở địa chỉ nào' is one question: the comma in the ministry's name ends no clause, and no letter gives the address", () => {
    expect(kb.answer("Trụ sở của Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch ở địa chỉ nào vậy chị?").answered).toBe(false);
    expect(kb.answer("Thưa các đồng chí, địa chỉ thư điện tử của Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch là gì ạ?").answered).toBe(false);
  });

  it("'… cấp bộ, cấp tỉnh của Bộ KHCN ban hành năm nào' is answered with the year: 'cấp bộ, cấp tỉnh' is one name", () => {
    const a = kb.answer("Cv hướng dẫn triển khai kiến trúc hệ thống GQTTHC cấp bộ, cấp tỉnh của Bộ KHCN ban hành năm nào ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/năm 2025/);
  });
});

describe("round twenty-six: time told from now", () => {
  it("'Trước Tết …', '… năm ngoái' say when the officer is; the letter's fact answers", () => {
    const count = kb.answer("Trước Tết xã em phải cử mấy người làm quản trị hệ thống TTHC của Bộ VHTTDL?");
    expect(count.answered).toBe(true);
    expect(count.answer).toContain("01 cán bộ quản trị hệ thống");
    const date = kb.answer("Văn bản 5721 ban hành kiến trúc hệ thống TTHC cấp bộ, cấp tỉnh là ra từ hôm nào năm ngoái anh?");
    expect(date.answered).toBe(true);
    expect(date.answer).toContain("17/10/2025");
  });

  it("'còn bao lâu nữa' is answered by the date the letter sets", () => {
    const a = kb.answer("Từ giờ tới lúc hệ thống TTHC của Bộ VHTTDL chạy chính thức còn bao lâu nữa anh?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("từ 1/3/2026");
  });
});

describe("round twenty-seven: questions passed on, and what is sent", () => {
  it("'Anh Giám đốc hỏi là ai phụ trách …' asks who is in charge, not who the director is", () => {
    const a = kb.answer("Anh Giám đốc hỏi là ai đang phụ trách Phòng Công nghệ và Nền tảng số, số điện thoại bao nhiêu ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nguyễn Kim Oanh");
    expect(a.answer).toContain("0915.001788");
  });

  it("'nhờ nhóm cho xin số …' is the request; the boss wanting to call is why, not what is asked", () => {
    const a = kb.answer("Lãnh đạo muốn gọi cho anh Nguyễn Minh Sơn, nhờ nhóm cho xin số điện thoại ạ");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0976953686");
  });

  it("'gửi lại cho các tỉnh những gì' asks what is sent: the provinces receive it", () => {
    const a = kb.answer("Thử nghiệm xong thì trung tâm cđs vhttdl gửi lại cho các tỉnh những gì?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("gửi lại kết quả triển khai và kế hoạch");
  });

  it("'mà mọi người hay nhắc' says the letter is often mentioned ('hay' is 'often', not 'or'); its subject answers", () => {
    const corrected = kb.answer("Công văn 6247 mà mọi người hay nhắc đến là công văn gì vậy?");
    expect(corrected.answered).toBe(true);
    expect(corrected.answer).toMatch(/6247\/BKHCN-CĐSQG ngày 03\/11\/2025 đính chính/);
    const guidance = kb.answer("Văn bản 7753 mà mọi người hay nhắc là văn bản gì");
    expect(guidance.answered).toBe(true);
    expect(guidance.answer).toContain("Hướng dẫn triển khai thực hiện kiến trúc");
  });
});

describe("round twenty-seven: who receives a letter", () => {
  it("'Sở … có được nhận cv … không' asks the letter's recipients", () => {
    for (const q of ["Sở Du lịch có được nhận công văn hướng dẫn tích hợp QLVB không ạ?", "so vhttdl co dc nhan cv tich hop qlvb ko"]) {
      const a = kb.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain("Các Sở VH TTDL-VHTT-DL");
    }
  });
});
