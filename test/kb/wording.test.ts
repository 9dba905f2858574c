// Issue 15: the KB answers what officers mean in their own words, states the fact asked for, and
// declines what the letters do not say even when the words are familiar.
import { beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { EQUIVALENTS, LEXICON_FILE } from "../../src/kb/equivalences.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { TOPICS_FILE } from "../../src/kb/topics.js";
import { GUIDANCE } from "./helpers.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
});

/** The KB answers the question, and the reply states the fact. */
function answersWith(q: string, fact: string): void {
  const a = kb.answer(q);
  expect(a.answered, q).toBe(true);
  expect(a.answer).toContain(fact);
}

function declines(q: string): void {
  expect(kb.answer(q).answered, q).toBe(false);
}

describe("the lexicon", () => {
  it("is data, grouped by the topics officers ask about", () => {
    const data = JSON.parse(fs.readFileSync(LEXICON_FILE, "utf8")) as { groups: { topic: string }[] };
    const topics = data.groups.map((g) => g.topic);
    for (const t of ["training", "sending", "coordinating", "appointing", "correcting", "integrating", "operating", "reporting", "roles", "units", "time"]) {
      expect(topics).toContain(t);
    }
    expect(EQUIVALENTS.get("chi dinh")?.phrases.map((p) => p.join(" "))).toContain("bo tri");
  });

  it.each([
    ["Sở VH cần chỉ định bao nhiêu người làm cùng Bộ trong lúc triển khai?", "02 cán bộ"],
    ["Lớp học dùng phần mềm cho cán bộ sở với xã khai giảng ngày nào?", "19/01/2026"],
    ["Ai ký công văn về đẩy mạnh tập huấn?", "Trần Duy Ninh"],
    // "Đưa (cho)" is how officers say "cung cấp".
    ["cac bo co phai dua bo quy trinh chuan cho dia phuong ko", "bộ quy trình chuẩn"],
  ])("answers everyday wording: %s", answersWith);
});

describe("answer types", () => {
  it.each([
    ["sdt chi Que Trang", "0988450060"],
    ["gui ds can bo dau moi truoc ngay may", "16/01/2026"],
    ["Sở KHCN TPHCM trình tờ trình số mấy?", "6428/SKHCN-CĐS"],
    ["ho tro dia phuong qua nhung kenh nao", "trực tuyến, tổng đài"],
  ])("states the fact asked for: %s", answersWith);

  it("shows a list item with the lead-in that says who is tasked", () => {
    const a = kb.answer("ubnd tp hcm giao so nao chu tri theo doi kien truc");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Giao Sở Khoa học và Công nghệ");
    expect(a.answer).toContain("Chủ trì theo dõi");
  });
});

describe("focus-aware abstention", () => {
  it.each([
    "Giảng viên tập huấn được hưởng chế độ bồi dưỡng bao nhiêu?",
    "lệ phí nộp hồ sơ thủ tục hành chính trực tuyến là bao nhiêu",
    "Bộ phận một cửa làm việc từ mấy giờ?",
    "cach cai dat phan mem ky so tren may tinh",
    "can bo quan tri he thong xa duoc phu cap bao nhieu tien",
    "Lớp tập huấn cho cán bộ xã kéo dài mấy ngày?",
    "Ai là chủ tịch UBND tỉnh Nghệ An?",
    "nhom zalo ho tro cua bo khcn ten la gi",
  ])("declines what the letters do not say: %s", (q) => {
    expect(kb.answer(q).answered, q).toBe(false);
  });

  it("still answers the same words when the letter does speak about the focus", () => {
    expect(kb.answer("mỗi phường phải có mấy người quản trị hệ thống").answered).toBe(true);
    expect(kb.answer("nhom zalo co phai hinh thuc ho tro dia phuong khong").answered).toBe(true);
  });
});

describe("officers' sentences: context, frames and what is really asked", () => {
  it.each([
    // A clause that asks nothing is context; the clause that asks decides.
    ["bên em là phường mới sáp nhập, sếp giao em lo vụ này nên hỏi, hạn gửi danh sách đầu mối là ngày nào", "16/01/2026"],
    // The letter's own symbol, from its "Số:" line, even with the number left blank.
    ["công văn triển khai kiến trúc của UBND thành phố HCM có ký hiệu là gì", "/UBND-VX"],
    // "Nghĩa là gì" asks what a word means; the word is the topic.
    ["MOOCs nghĩa là gì vậy", "học trực tuyến mở đại trà"],
    // "Ngoài … thì còn …": what else.
    ["ngoài cổng ttđt của bộ thì tài liệu hdsd còn phải gửi đăng ở những đâu nữa", "Bình dân học vụ số"],
    // The head of the phrase is what is asked about, not the words after "cho".
    ["người hỗ trợ cho các xã là ai", "Nguyễn Minh Sơn"],
    // "Chức vụ gì": a title answers it.
    ["chị Nguyễn Kim Oanh giữ chức vụ gì", "Phụ trách Phòng Công nghệ và Nền tảng số"],
    // "Team nào": which unit; a hotline named among channels is not a number asked for.
    ["bên HCM team nào phụ trách kết nối cổng dvc quốc gia", "Trung tâm Chuyển đổi số Thành phố"],
    ["bộ ngành hỗ trợ địa phương qua kênh nào, hotline hay zalo", "trực tuyến, tổng đài"],
    // A word run into its neighbour ("chinhcho").
    ["cv dinh chinhcho cv 5721 la so may", "6247/BKHCN-CĐSQG"],
  ])("answers: %s", answersWith);

  it.each([
    // After "nếu … thì" the sanction is asked; no letter names one.
    "nếu xã không cử người quản trị hệ thống thì bị phạt thế nào",
    // "Định kỳ" is said, how often is not.
    "báo cáo định kỳ bao lâu một lần",
    // "Phụ cấp cho cán bộ đó là bao nhiêu" counts the allowance, not the officers.
    "bên em cử 1 cb quản trị hệ thống rồi, phụ cấp cho cb đó là bao nhiêu",
    // A deadline is not the date a cited letter was signed.
    "hạn chót gửi thông tin hình thức hỗ trợ về bộ khcn là ngày nào",
    // The national department is not the ministry's centre whose phones the letters list.
    "Cục Chuyển đổi số quốc gia có số tổng đài hỗ trợ là bao nhiêu",
  ])("declines: %s", declines);
});

describe("dialects, completions and the kind of fact asked for", () => {
  it.each([
    // Central "răng" (sao) … "rứa" (vậy): why, answered by the letter's purpose.
    ["răng phải tích hợp hệ thống quản lý văn bản với hệ thống giải quyết tthc của bộ văn hóa rứa", "đảm bảo Hệ thống vận hành hiệu quả"],
    // "Mấy" … "rứa hỉ": a count asked in central speech.
    ["sở phải cử mấy cán bộ phối hợp với bộ vh rứa hỉ", "02 cán bộ"],
    // "Làm xong thì": a step in time, not the topic.
    ["danh sach dau moi lam xong thi gui cho ai", "Trung tâm Chuyển đổi số VHTTDL"],
    // "Lo phần nào": which part of the work, like "việc gì".
    ["công an thành phố lo phần nào trong việc kết nối hệ thống điều phối", "an ninh, an toàn thông tin"],
    // "Contact": a phone asked for; the name is the topic.
    ["contact chuyên viên Vũ Văn Hạnh", "0919426297"],
    // "So với mấy nền tảng khác": after a preposition "mấy" is a plural, not a count asked for.
    ["vì sao bộ đề nghị đưa tài liệu lên bình dân học vụ số so với mấy nền tảng khác", "tính tiếp cận rộng rãi"],
    // "Số phone": a phone, even next to another question.
    ["chị Ngô Thị Quế Trang làm mảng gì, số phone bao nhiêu", "0988450060"],
    // A final consonant said the southern or central way ("lụt" for "lục", "quảng" for "quản").
    ["kết quả thu thập thông tin đơn vị sở, xã phường coi ở phụ lụt mấy", "phụ lục 03"],
    // "Thấy" (saw, found) frames what the officer noticed.
    ["tỉnh thấy hướng dẫn kiến trúc chỗ nào chưa hợp lý thì có được góp ý không", "gửi ý phản hồi"],
    // Who passed the question on ("anh trưởng phòng nhờ em hỏi") is not asked about, title and all.
    ["Anh trưởng phòng nhờ em hỏi giùm là bộ khcn đề nghị các bộ bố trí những cán bộ nào để hỗ trợ địa phương", "cán bộ chuyên môn nghiệp vụ"],
    // "Cụ thể cho từng tỉnh": the phrase's head ("lịch") is asked about, through "cụ thể".
    ["lịch tập huấn cụ thể cho từng tỉnh xem ở đâu", "phụ lục 2"],
    // The letter named by its subject: its passages need less of the rest of the question.
    ["em đang làm tờ trình gửi sếp, cv hướng dẫn triển khai kiến trúc của bộ khcn ai ký vậy", "Trần Duy Ninh"],
    // "Kí" is "ký"; "thừa lệnh" is the signature's "TL."; "đồng chí nào" asks who.
    ["hướng dẫn triển khai kiến trúc của bộ khcn do đồng chí nào kí thừa lệnh bộ trưởng", "Trần Duy Ninh"],
    // "Ở chỗ nào" asks where: the sentence that says where the detail is.
    ["mình mở cv hướng dẫn triển khai kiến trúc ra mà không thấy nội dung cụ thể, nó để ở chỗ nào", "Phụ lục kèm theo"],
    // "Thôi" (only) closing a question is a particle, not the topic.
    ["huong dan kien truc co bat buoc ap dung nguyen van hay chi de tham khao thoi vay", "tài liệu tham khảo chính thức"],
    // "Cơ quan trung ương nào": which agency; the letter names them without the word "trung ương".
    ["văn phòng ubnd thành phố phối hợp với cơ quan trung ương nào để tập huấn cho địa phương", "Văn phòng Chính phủ, Bộ Công an"],
    // A link asked for, given in the sentence about the form.
    ["link form gửi thông tin đầu mối hỗ trợ", "form.gov.vn"],
  ])("answers: %s", answersWith);

  it.each([
    // The letters name the Zalo groups but give no link to them (the form's link is another thing).
    "link nhóm zalo hỗ trợ địa phương là gì",
    "link tài liệu hướng dẫn sử dụng trên cổng thông tin của bộ",
    // "Mất bao lâu": a length of time, which no letter gives for configuring procedures.
    "mat bao lau de cau hinh xong quy trinh tthc cho mot dia phuong",
    // "X bao nhiêu" counts X's head, an allowance no letter sets (not the one officer it names).
    "trợ cấp cán bộ quản trị hệ thống cấp xã bao nhiêu",
    // "Học mấy ngày": a length of time, which the plan does not give.
    "lớp tập huấn ngày 19/1 của bộ vh học mấy ngày",
    // "Cột thông tin": the columns, which the letter leaves to its appendix.
    "danh sách cán bộ đầu mối theo biểu mẫu phụ lục 3 có những cột thông tin gì",
    // The allowance is counted, not "cán bộ" ("cán" is not the function word "cần" here).
    "phụ cấp cụ thể cho từng cán bộ là bao nhiêu",
    // "Hàng tháng hay hàng quý": how often, which "định kỳ" alone does not say.
    "sở khcn báo cáo ubnd thành phố định kỳ hàng tháng hay hàng quý",
    // No letter sets a sanction.
    "xã không bố trí 01 cán bộ quản trị hệ thống thì bị xử lý thế nào",
  ])("declines: %s", declines);
});

describe("southern speech, guesses to confirm, questions relayed from someone else", () => {
  it.each([
    // "Ad" wherever it stands addresses the group's admin; "hay là 19/01" is the officer's guess.
    ["hạn gửi ds đầu mối về bộ vh là 16/01 đúng ko ad, hay là 19/01", "16/01/2026"],
    // "Gửi thẳng VP Bộ được không" offers a guess after the question; the unit asked for is the answer.
    ["danh sách đầu mối gửi về bộ vh qua đơn vị nào ạ, gửi thẳng vp Bộ được không", "Trung tâm Chuyển đổi số"],
    ["báo cáo nội dung vượt thẩm quyền lên ubnd tp qua đơn vị nào, gửi thẳng vp ubnd được không", "Sở Khoa học và Công nghệ"],
    // "Trước tiên": the letter's first numbered point, read with its lead-in.
    ["theo cv tích hợp qlvb, ubnd tỉnh cần làm việc gì trước tiên", "Rà soát"],
    // Southern spellings: "bữa nào" (which day), "dzậy ta", "hong" (không) typed without marks.
    ["hệ thống tthc bộ vh chạy chính thức từ bữa nào dzậy ta", "1/3/2026"],
    ["cv 5721 về kiến trúc có bị đính chính hong", "6247"],
    // "Đ/c nào": which officer.
    ["đ/c nào ký cv hướng dẫn triển khai kiến trúc của bộ khcn", "Trần Duy Ninh"],
    // Who the question comes from ("LĐ Sở hỏi", "anh Tư phụ trách hỏi") is not what it asks about.
    ["LĐ Sở hỏi: cv tích hợp qlvb do ai ký", "Nguyễn Thị Hoàng Lan"],
    ["phường tui mới nhập, anh Tư phụ trách hỏi mỗi phường phải bố trí bao nhiu cán bộ quản trị hệ thống", "01 cán bộ"],
    // "Hén" closes its clause; the guess after it is context.
    ["ds đầu mối gửi về bộ vh qua đơn vị nào vậy hén, gửi thẳng văn phòng bộ được hông", "Trung tâm Chuyển đổi số"],
    // "Hông thấy": what the officer missed, not a second question.
    ["trong cv tích hợp qlvb, chi tiết việc tích hợp nằm ở phụ lục nào? tui kiếm hoài hông thấy", "Phụ lục 01"],
    // "Theo kiểu nào" asks how, like "cách nào" ("kiểu" is not a typo of "kiến").
    ["các bộ, ngành, địa phương áp dụng hướng dẫn kiến trúc theo kiểu nào", "nhu cầu thực tiễn"],
    // "Số chị Quế Trang": a person's number is a phone, not a count.
    ["số chị Quế Trang phòng công nghệ và nền tảng số là bao nhiêu", "0988450060"],
    // "Mấy cái gì": the plural of "what", not "how many".
    ["hướng dẫn kiến trúc của bộ khcn làm rõ mấy cái gì", "mô hình kỹ thuật"],
    // "Hỏng biết gì hết": the officer knows nothing yet ("gì" is "anything"); it asks nothing.
    ["trung tâm cđs vhttdl là cơ quan gì vậy? tui mới nhận việc nên hỏng biết gì hết", "cơ quan đầu mối"],
    // A request asks too; the remark after it ("deadline gấp lắm") asks for no date.
    ["cho em xin link form gửi thông tin đầu mối hỗ trợ về bộ khcn với ạ, deadline gấp lắm", "form.gov.vn"],
    // What the officer will do with the answer ("em cần ghi vào báo cáo") weighs least.
    ["cv ubnd tp hcm về kiến trúc ai ký vậy ạ, em cần ghi vào báo cáo", "Nguyễn Mạnh Cường"],
    // "…, đúng k ad?": a tag asks to confirm the clause before it.
    ["em thấy cv tích hợp qlvb trích kế hoạch tập huấn là số 140 ngày 12/01/2026, đúng k ad?", "140/BVHTTDL"],
    // "Đăng ở đâu": where it is published ("trên Cổng Thông tin điện tử"), not a passage saying "tại" in passing.
    ["tài liệu điện tử hướng dẫn sử dụng hệ thống tthc tập trung cấp bộ được đăng ở đâu", "Cổng Thông tin điện tử"],
    // "Em nhớ hai ngàn mấy": "mấy" after a number approximates; the remark asks for no count.
    ["cv tích hợp qlvb căn cứ qđ nào của bộ khcn về nền tảng số quốc gia? em nhớ hai ngàn mấy", "2618"],
    // Chat shorthand: "ngày bn" (bao nhiêu), "… v a" (vậy ạ).
    ["thông báo kết luận 53 của tổ giúp việc ngày bn tháng mấy nhỉ", "23/11/2025"],
    ["tai lieu dien tu hdsd he thong tap trung cap bo dang len dau v a", "Cổng Thông tin điện tử"],
    // A written request's opening ("Kính đề nghị quý Ban cho biết") is a frame, not the topic.
    ["Kính đề nghị quý Ban cho biết hướng dẫn kiến trúc được gửi báo cáo đồng chí Thứ trưởng nào của Bộ KH&CN?", "Vũ Hải Quân"],
    // A number quoted to confirm is the officer's guess, which the answer corrects; "chúng tôi gọi
    // mấy lần không được" tells what happened, it asks for no frequency.
    ["số điện thoại đồng chí Lê Mạnh Hùng có phải là 0905.188818 không, chúng tôi gọi mấy lần không được", "0905.188881"],
    // "… những j z xa e doc …": a closing particle after the question word ends a run-on question.
    ["bkhcn ra hd trien khai kien truc de lam ro nhung j z xa e doc 3 lan hok hieu", "mô hình"],
    // "…, có chính xác không ạ?": a tag; "chúng tôi" is the officers themselves, never the topic.
    ["Văn bản số 7753 của Bộ KH&CN nhắc trong công văn tăng cường tập huấn theo sổ của chúng tôi là ngày 17/11/2025, có chính xác không ạ?", "17/12/2025"],
    // Telex left unconverted ("laf" là) is read before question words: "laf j" asks "là gì".
    ["sdt chi Que Trang phong cong nghe va nen tang so laf j a", "0988450060"],
    // "Những nội dung gì", "những đối tượng nào", "giao cho ai" ask what, whom, to whom.
    ["hướng dẫn triển khai kiến trúc cấp bộ, cấp tỉnh nhằm làm rõ những nội dung gì", "mô hình kỹ thuật"],
    ["văn bản hướng dẫn triển khai kiến trúc gửi tới những đối tượng nào", "cơ quan thuộc Chính phủ"],
    ["bảo đảm an ninh an toàn thông tin của hệ thống ở tp hcm giao cho ai", "Công an Thành phố"],
    // "Giám đốc hay phó giám đốc": either title answers.
    ["người ký công văn tích hợp qlvb là giám đốc hay phó giám đốc", "GIÁM ĐỐC"],
  ])("answers: %s", answersWith);
});

describe("what a word of the letters means", () => {
  it.each([
    // A rare term of the letters asked about ("là cái gì"): the passage that uses it explains it.
    ["MOOCs ghi trong cv bộ khoa học là cái gì vậy, em không biết chữ này", "học trực tuyến mở đại trà"],
    // "Cái đó" points back at the term; "mooc" is the letters' "MOOCs" without its plural "s".
    ["cv bộ khcn có ghi MOOCs, cái đó là gì vậy", "học trực tuyến mở đại trà"],
    ["mooc trong cv bộ khcn là cái gì vậy mấy anh, em đọc không hiểu", "học trực tuyến mở đại trà"],
    // "Là nền tảng gì": what kind of thing the term is.
    ["cv bo khcn co chu MOOCs, toi lon tuoi roi doc khong hieu, xin phep hoi MOOCs la nen tang gi", "học trực tuyến mở đại trà"],
  ])("answers: %s", answersWith);
});

describe("speech typed by voice and requests instead of questions", () => {
  it.each([
    // "Nhắc lại giúp …": a request to say again, not the topic.
    ["nhắc lại giúp hạn nộp danh sách cán bộ đầu mối gửi bộ văn hóa", "16/01/2026"],
    // Fillers ("ừm") say nothing.
    ["ừm bộ văn hóa bắt đầu đào tạo cho cán bộ sở với xã từ ngày nào nhỉ", "19/01/2026"],
    // "Kết luận năm mươi ba" is conclusion 53; "đọc lại nguyên văn giúp em" is the request.
    ["theo thông báo kết luận năm mươi ba thì bộ khoa học công nghệ được giao nhiệm vụ gì đọc lại nguyên văn giúp em", "Chủ trì hướng dẫn"],
  ])("answers: %s", answersWith);

  // "Bao nhiêu một tháng": a rate; what is counted is the pay, which no letter sets.
  it.each(["lương cán bộ quản trị hệ thống cấp xã bao nhiêu một tháng"])("declines: %s", declines);
});

describe("another ministry or department named", () => {
  it.each([
    // No letter speaks of the Ministry of Health's, Justice's or a Finance department's plans.
    "Bộ Y tế đã có kế hoạch tập huấn hệ thống tthc tập trung cho địa phương chưa",
    "bộ tư pháp tập huấn hệ thống hộ tịch điện tử cho xã ngày nào",
    "sở tài chính có phải cử cán bộ phối hợp với bộ vh không",
    // The letters plan no second round; "dự kiến" is not "tham dự" here and "kiến trúc" there.
    "bộ vh có tổ chức tập huấn đợt 2 không, dự kiến khi nào",
    // The ministry or city named in words: the Ministry of Culture's contacts are not its numbers.
    "cho xin số tổng đài hỗ trợ của bộ khoa học công nghệ",
    "cho xin số điện thoại trung tâm chuyển đổi số thành phố hồ chí minh",
  ])("declines: %s", declines);

  it.each([
    // The ministries and departments the letters name still answer.
    ["Bộ Công an lên kế hoạch vận hành hệ thống từ ngày nào", "1/3/2026"],
    ["Sở Khoa học và Công nghệ tổng hợp báo cáo gửi ai", "Sở Khoa học và Công nghệ"],
  ])("answers: %s", answersWith);
});

describe("the letter itself: whom it is sent to, who signed it, its number", () => {
  it.each([
    // "Gửi ai" of a letter: its addressees, though the letter is named only by its topic.
    ["cv tich hop qlvb gui ai vay, co gui thang xuong xa ko", "Ủy ban nhân dân các tỉnh"],
    ["hd kien truc cua bo khcn gui nhung noi nao, so co trong do ko", "Các bộ, cơ quan ngang bộ"],
    // "Lãnh đạo nào ký": the signature, however the signer is asked for.
    ["kh tap huan bo vh ld nao ky vay", "Phan Tâm"],
    // "Đuôi": the letter's own code.
    ["so hieu cv tich hop qlvb duoi la gi", "CĐSVHTTDL-CNNTS"],
    // "Kiểu" is a hedge before what is meant, not a word to match.
    ["hệ thống gqtthc cấp bộ làm kiểu tập trung đúng ko", "Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ"],
  ])("answers: %s", answersWith);

  it("answers where the roster goes from its own passage, not from the letter's addressees", () => {
    const a = kb.answer("ds dau moi gui cho ai vay, gui thang bo a");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Trung tâm Chuyển đổi số VHTTDL");
    expect(a.answer).not.toContain("Kính gửi");
  });

  it("does not give a loaded letter's addressees for a letter it only cites", () => {
    expect(kb.answer("cv 39 cua thu tuong gui ai").answer).not.toContain("Kính gửi");
  });
});

describe("older officers' long, courteous messages", () => {
  it.each([
    // The story told before "Tôi xin phép hỏi" weighs little; the courtesies weigh nothing.
    ["Kính gửi các đồng chí trong nhóm. Tôi làm văn hóa xã đã lâu, mới được giao việc này nên còn bỡ ngỡ. Tôi xin phép hỏi xã phải cử mấy người làm quản trị hệ thống ạ. Cảm ơn các đồng chí nhiều.", "01 cán bộ quản trị hệ thống"],
    // "Chủ tịch" told in the context is not a title asked about; "hôm nào" asks for a date.
    ["kinh gui cac dong chi, hom qua chu tich giao toi lo viec nay, xin phep hoi han gui danh sach can bo dau moi ve bo van hoa la hom nao a, cam on cac dong chi", "16/01/2026"],
    // "Mấy tháng nữa" told in the story counts nothing asked.
    ["Tôi còn mấy tháng nữa là nghỉ hưu. Em xin phép hỏi Sở phải bố trí bao nhiêu cán bộ phối hợp với Bộ VHTTDL ạ?", "02 cán bộ"],
  ])("answers: %s", answersWith);

  it.each([
    // A web address, a company the letters never name, a daily routine: no letter gives them.
    "cho hỏi địa chỉ trang web của hệ thống điều phối là gì",
    "phần mềm quản lý văn bản của VNPT có tích hợp được với hệ thống của Bộ Văn hóa không",
    "cán bộ quản trị hệ thống xã phải làm những việc gì hàng ngày",
    "Kính gửi các đồng chí. Xin phép hỏi đường link hoặc mã để vào nhóm Zalo hỗ trợ của Bộ Văn hóa là gì ạ?",
  ])("declines: %s", declines);
});

describe("everyday descriptions instead of the letters' words (lexicon, ninth round)", () => {
  it.each([
    // "Chuyện mạng" is the letters' "hạ tầng số"; "sửa lại chỗ sai" is "đính chính".
    ["vướng chuyện mạng với an toàn thông tin thì gọi ai bên bộ văn hóa", "Dương Anh Quân"],
    ["cv 5721 có văn bản nào sửa lại chỗ sai không, số mấy", "6247/BKHCN-CĐSQG"],
    // "Riêng cho từng tỉnh" is the letters' "cho từng địa phương".
    ["lich tap huan rieng tung tinh xem o dau vay", "phụ lục 2"],
    // "Phần đính kèm" is an appendix ("phụ lục").
    ["phần đính kèm nào có mẫu danh sách người liên lạc gửi bộ văn hóa", "Phụ lục 3"],
    // "Bộ khung" is the architecture ("kiến trúc"); "làm y chang" is applying it as it stands.
    ["bộ khung hệ thống của bộ khoa học năm 2025 có bắt buộc làm y chang không hay để tham khảo", "tài liệu tham khảo"],
    // "Dạy … xài" is training in using it; "phần mềm chia luồng hồ sơ" is the coordinating system.
    ["ở thành phố ai lo dạy cán bộ xài phần mềm chia luồng hồ sơ", "Văn phòng Ủy ban nhân dân Thành phố"],
    // "Đứt quãng" is "gián đoạn".
    ["thủ tướng giao giữ cho dịch vụ công không bị đứt quãng ở công văn nào", "39/TTg-KSTT"],
  ])("answers: %s", answersWith);
});

describe("typing slips on a phone (ninth round)", () => {
  it.each([
    // "Ngừoi" with its mark misplaced: people are counted as "cán bộ" all the same.
    ["xã phải bố trí mấy ngừoi quản trị hệ thống", "01 cán bộ"],
    // "Thứ mấy" asks which one, not how many.
    ["file đính kèm thứ mấy có tài liệu hướng dẫn tích hợp qlvb", "Phụ lục 02"],
    // "Ngàyy": a key held down.
    ["tờ trình của sở khcn thành phố về kiến trúc số mấy ngàyy nào", "6428/SKHCN-CĐS"],
    // "May moc" without marks: machines, not "mấy".
    ["ở thành phố ai lo nâng cấp may moc, duong truyen de ket noi he thong", "nâng cấp hạ tầng kỹ thuật"],
  ])("answers: %s", answersWith);
});

describe("until when", () => {
  it.each([
    // "Đến bao giờ" is answered by the event that ends it ("đến khi Văn phòng Chính phủ … hoàn thành").
    ["hệ thống giải quyết thủ tục hành chính của thành phố hcm còn chạy đến bao giờ", "đến khi Văn phòng Chính phủ"],
    ["he thong giai quyet thu tuc cua thanh pho con chay den bao gio", "đến khi Văn phòng Chính phủ"],
  ])("answers: %s", answersWith);

  it("does not answer until when with a passage that bounds no time", () => {
    const a = kb.answer("hệ thống tthc của TP HCM vẫn vận hành tới khi nào, có phải tắt ngay không");
    if (a.answered) expect(a.answer).toContain("đến khi");
  });
});

describe("topics of their own the letters never speak of", () => {
  it("keeps them as data", () => {
    const data = JSON.parse(fs.readFileSync(TOPICS_FILE, "utf8")) as { topics: string[] };
    expect(data.topics).toEqual(expect.arrayContaining(["phụ cấp", "tài khoản", "cài đặt", "kinh phí"]));
  });

  it.each([
    // Every other word matches a passage about the system administrator, the platform, integration.
    "cán bộ quản trị hệ thống xã có được phụ cấp trách nhiệm không",
    "hướng dẫn cài đặt phần mềm quản lý văn bản để tích hợp với hệ thống của bộ văn hóa",
    "đăng ký tài khoản trên nền tảng bình dân học vụ số thế nào",
    // "tk" in chat is an account ("tk/mk"), not "triển khai".
    "đăng ký tk nền tảng bình dân học vụ số sao mn",
    // A head office, a backup, an API: no letter speaks of them ("sao lưu" is not "sao", why).
    "địa chỉ trụ sở cục chuyển đổi số quốc gia ở đâu",
    "dữ liệu hồ sơ tthc trên hệ thống tập trung được sao lưu ở đâu",
    "tich hop qlvb voi he thong bo vh dung api gi",
    // A certificate: the letters train officers but say nothing of certificates.
    "lớp tập huấn của bộ văn hóa có cấp chứng chỉ cho cán bộ xã không",
    // A limit, a qualification, a test run: the letters set none (tenth round).
    "lớp chỉ cách dùng của bộ văn hóa tối đa bao nhiêu người một lớp",
    "cán bộ quản trị hệ thống cấp xã cần trình độ gì, có bắt buộc đại học không",
    "cán bộ quản trị hệ thống ở xã có bắt buộc phải có bằng CNTT không, xã em không có ai học IT",
    // A switchboard: the letters name it as a form of support but give no number; a list of
    // officers' phones is not it (a topic must be written, not said in other words).
    "So tong dai ho tro HTTT GQTTHC tap trung cua Bo la so nao vay mn?",
    // A make-up session is not the ministry's stepped-up training ("tăng cường tập huấn").
    "Ai vắng buổi tập huấn thì có được học bù không ạ?",
  ])("declines: %s", declines);

  it.each([
    // "Luong" without marks may be "lượng": one syllable is not taken for the topic "lương".
    ["phan mem chia luong ho so cua trung uong voi phan mem ho so cua tp co noi du lieu voi nhau khong, de lam gi?", "kết nối dữ liệu"],
  ])("answers: %s", answersWith);
});

describe("what a cited letter says", () => {
  // The letters cite the correction 6247 of 5721 but never say what it corrected.
  it.each(["công văn 6247 đính chính chỗ nào của công văn 5721", "cv 6247 sửa gì trong cv 5721 vậy"])("declines: %s", declines);

  it.each([
    // A citation that states its subject ("về việc bảo đảm …") answers what the letter is about, not
    // a point that names the letter in passing.
    ["công văn 39 của thủ tướng nói về nội dung gì", "bảo đảm thực hiện thủ tục hành chính"],
    ["công văn 39 của thủ tướng yêu cầu điều gì", "không bị gián đoạn"],
  ])("answers: %s", answersWith);
});

describe("a clear winner", () => {
  it.each([
    // Few words of the question are the letters', but one passage holds the number asked about,
    // speaks of all of the focus and no other letter comes close.
    ["số 0988450060 là của ai bên bộ vậy", "Ngô Thị Quế Trang"],
  ])("answers: %s", answersWith);
});

describe("'mấy' as a plural", () => {
  it.each([
    // Beside "gì", "đâu": "mấy chính sách", "mấy sở" are those policies, those departments.
    ["xây dựng quy trình chuẩn thì bộ có lưu ý gì để không ảnh hưởng mấy chính sách hỗ trợ người dân", "không làm ảnh hưởng"],
    ["kết quả thu thập thông tin mấy sở với xã phường bên trung tâm gửi lại xem ở đâu", "phụ lục 03"],
  ])("answers: %s", answersWith);

  // "Tổng cộng mấy" still counts, and no letter counts the Prime Minister's tasks.
  it.each(["công văn 39 của thủ tướng giao cho ubnd tỉnh tổng cộng mấy nhiệm vụ, là những việc gì"])("declines: %s", declines);
});

describe("qualifiers and conditions", () => {
  it.each([
    // "Có mẫu sẵn không": "sẵn" (ready) qualifies; the template asked for is "Phụ lục 3".
    ["danh sách đầu mối gửi bộ văn hóa làm theo mẫu nào, có mẫu sẵn không", "Phụ lục 3"],
    // "Trong trường hợp nào": on what condition ("khi các Bộ, ngành triển khai …").
    ["trung tâm chuyển đổi số thành phố cử cán bộ đi tập huấn trong trường hợp nào", "ngành dọc"],
  ])("answers: %s", answersWith);
});

describe("'bằng' as a preposition", () => {
  it.each([["cv 5721 về kiến trúc có bị đính chính không, đính chính bằng cv số mấy", "6247/BKHCN-CĐSQG"]])("answers: %s", answersWith);
});

describe("complaints around the question", () => {
  it.each([
    // "Sao bộ không nói rõ …" frames the question; "chẳng lẽ …" is the officer's grumble.
    ["sao bộ văn hóa không nói rõ sở phải cử bao nhiêu người phối hợp, chẳng lẽ cả phòng đi hết à", "02 cán bộ"],
    ["nghe nói 5721 bị đính chính rồi hả, công văn đính chính số mấy, chẳng lẽ giờ em mới biết", "6247/BKHCN-CĐSQG"],
  ])("answers: %s", answersWith);
});

describe("everyday asides around the question (tenth round)", () => {
  it.each([
    // "Cái gì cũng …": a question word before "cũng" means "everything"; the grumble asks nothing.
    ["kế hoạch tập huấn của bộ VH căn cứ quyết định nào của bộ KHCN, cái gì cũng căn cứ lằng nhằng em trích mãi không xong", "2618/QĐ-BKHCN"],
    // "Tụi em", "bọn em", "các bác": who asks; "vô coi" is "vào xem"; "gặp vướng" is a difficulty.
    ["tài liệu điện tử hướng dẫn dùng hệ thống tập trung cấp bộ thì bộ đăng lên đâu để tụi em vô coi vậy", "Cổng Thông tin điện tử"],
    ["trong lúc chạy hệ thống tập trung cấp bộ mà tỉnh gặp vướng thì phản ánh về đơn vị nào của bộ KHCN", "Cục Chuyển đổi số quốc gia"],
    // "… để xã bọn em vào tìm": the officer's own purpose, even after their unit.
    ["tài liệu điện tử hướng dẫn dùng hệ thống tập trung thì bộ đăng ở chỗ nào để xã bọn em vào tìm", "Cổng Thông tin điện tử"],
    // "Về mặt an ninh": regarding; "mặt" is no topic.
    ["Công an Thành phố chịu trách nhiệm gì về mặt an ninh của hệ thống?", "an toàn thông tin"],
    // "Có thuộc diện phải … không": whether the rule covers them, a frame.
    ["Tỉnh em chỉ có Sở Văn hóa và Thể thao thôi, ko có Sở VHTTDL\nthì có thuộc diện phải cử cán bộ ko ạ?", "02 cán bộ"],
  ])("answers: %s", answersWith);

  // "… để Sở chúng tôi gửi … là gì": a purpose clause that itself asks is the question; no letter gives an e-mail.
  it.each(["kính hỏi địa chỉ thư điện tử chính thức của trung tâm chuyển đổi số VHTTDL để sở chúng tôi gửi bản mềm danh sách đầu mối là gì ạ"])("declines: %s", declines);
});

describe("denials and summing up (tenth round)", () => {
  it.each([
    // "Không ai trả lời": after a denial a question word means "no one"; that clause asks nothing.
    ["co ai co so cua chuyen vien Le Huu Hieu ko, em can hoi gap ma nhan tin ko ai tra loi", "0906131357"],
    // "Chẳng thấy ghi ngày nào": what the officer did not find, not a second question.
    ["lich tap huan cho tung tinh nam o dau vay, doc cong van chinh chang thay ghi ngay nao cho tinh minh", "phụ lục 2"],
    // "Tự mày mò": the officer's worry; "mày" is no "mấy" (how many).
    ["các bộ có phải cử người hỗ trợ kỹ thuật cho địa phương không hay để xã tự mày mò", "cán bộ kỹ thuật"],
  ])("answers: %s", answersWith);
});

describe("letters named by their gist (tenth round)", () => {
  it.each([
    // "Cv tích hợp QLVB" names the letter whose subject is "Hướng dẫn tích hợp hệ thống Quản lý văn bản …".
    ["cv tích hợp QLVB ai ký vậy, có phải thứ trưởng Phan Tâm như cv KH tập huấn không", "Nguyễn Thị Hoàng Lan"],
    // The letter named where the question asks wins over one named in a clause of context, even by
    // a longer run of its subject's words.
    ["cv KH tập huấn của bộ VH ai ký vậy, cv tích hợp QLVB thì giám đốc trung tâm ký rồi", "Phan Tâm"],
  ])("answers: %s", answersWith);
});

describe("alternatives offered with 'hay' (tenth round)", () => {
  it.each([
    // "… tập trung hay phân tán ạ": the second is the officer's other guess; the letter states the first.
    ["hướng dẫn kiến trúc này nói về triển khai hệ thống theo mô hình tập trung hay phân tán ạ", "hệ thống tập trung"],
  ])("answers: %s", answersWith);
});

describe("which one, of a kind the answer names (tenth round)", () => {
  it.each([
    // "Ai lo …", "qua kênh nào", "giấy nào", "xử lý tiếp": the frame, not what the passage must speak of.
    ["ai lo rà soát, nâng cấp hạ tầng kỹ thuật để đáp ứng kết nối vậy mn", "Văn phòng Ủy ban nhân dân Thành phố"],
    ["việc vượt thẩm quyền thì báo UBND TP qua kênh nào vậy", "Sở Khoa học và Công nghệ"],
    ["thủ tướng giao việc giữ cho dịch vụ công không bị gián đoạn là ở giấy nào vậy", "39/TTg-KSTT"],
  ])("answers: %s", answersWith);
});

describe("the letter's addressees asked in other words (tenth round)", () => {
  // "Gửi những đối tượng nào" (typed "đối tượg"): to whom the letter was sent, its "Kính gửi".
  it.each([["cv hd kiến trúc gửi những đối tượg nào zậy", "Ủy ban nhân dân các tỉnh"]])("answers: %s", answersWith);
});

describe("provinces the letters do not name (tenth round)", () => {
  // Typed without marks or capitals, "da nang" still names a province; no letter speaks of it.
  it.each(["da nang da co cong van trien khai kien truc nhu tp hcm chua"])("declines: %s", declines);
  // The City the letters name still answers.
  it.each([["tp hcm giao sở nào chủ trì theo dõi việc tuân thủ kiến trúc", "Sở Khoa học và Công nghệ"]])("answers: %s", answersWith);
});

describe("two letters compared with 'còn' (tenth round)", () => {
  // What "còn" turns from is the other side of the comparison; the question is what follows.
  it.each([["Bộ VH bắt Sở VHTTDL cử 2 người phối hợp, còn cv TPHCM giao các sở ban ngành làm gì với bộ chuyên ngành", "phối hợp với Bộ chuyên ngành"]])("answers: %s", answersWith);
});

describe("besides what the officer already has (tenth round)", () => {
  // "Ngoài anh Sơn ra còn …": the reply names the other deputy director, not Mr Sơn again.
  it.each([
    ["trong cv KH tập huấn Bộ VH ngoài anh Sơn ra còn PGĐ nào làm đầu mối nữa, sđt bao nhiêu", "Lê Mạnh Hùng"],
    ["Sở KHCN TPHCM ngoài theo dõi quy chuẩn thì còn phải giám sát cái gì nữa", "giám sát chung tiến độ"],
    // "Ngoài bấm đường link thì còn cách nào khác": the link is what the officer has; a link is not asked for.
    ["Ngoài bấm đường link thì còn cách nào khác để gửi thông tin cho bộ khoa học không?", "mã QR"],
  ])("answers: %s", answersWith);
});

describe("a letter named by the number other letters cite it by (tenth round)", () => {
  it.each([
    // Letter 140 leaves its own number blank; the letters citing it give it. Its passages speak of it.
    ["cv 140 tập huấn cho đối tượng nào, cán bộ cấp sở với cấp xã đều đi hả", "cán bộ cấp Sở"],
    ["sdt chi Ngo Thi Que Trang trong cv 140 la so nao", "0988450060"],
    // Its own date is not in its text: the letter that cites it answers.
    ["van ban 140 bo van hoa ve tap huan, ra ngay nao", "12/01/2026"],
  ])("answers: %s", answersWith);
});

describe("a colleague's claim to check (tenth round)", () => {
  it.each([
    // "Anh Bình bảo …": who said it is not asked about; the year claimed is the guess to correct.
    ["Anh Bình bảo cv tăng cường tập huấn của BKHCN là thực hiện cv 39/TTg-KSTT ngày 09/01/2026, em thấy năm hình như ko phải, check giúp em", "09/01/2025"],
    ["Số anh Lê Mạnh Hùng PGĐ trung tâm cđs vhttdl trong cv 140 là 0905.188818 phải k, mình lưu ko chắc lắm", "0905.188881"],
    // "… nhưng đồng chí chủ tịch hỏi lại …": who passed the question on, after a conjunction.
    ["Kính gửi các đồng chí, tuần trước phường em đã họp và thống nhất cử người làm đầu mối rồi, nhưng đồng chí chủ tịch hỏi lại hạn cuối gửi danh sách cán bộ đầu mối lên Bộ Văn hóa là ngày nào mà em lục công văn chưa thấy", "16/01/2026"],
  ])("answers: %s", answersWith);
});

describe("what an appendix says (tenth round)", () => {
  // The letters point to their appendices but do not include them: their details are not known.
  it.each([
    "Phụ lục 04 kế hoạch triển khai tiếp theo có những mốc nào sau tháng 3 vậy mn?",
    "2 cán bộ Sở VHTTDL cử theo cv Bộ VH làm nhiệm vụ cụ thể gì, phụ lục 01 ghi sao",
  ])("declines: %s", declines);
  // What an appendix is about is said where the letter points to it.
  it.each([["Phụ lục 01 của công văn tích hợp QLVB nói về nội dung gì vậy anh chị?", "Phụ lục 01"]])("answers: %s", answersWith);
});

describe("frames of the question (eleventh round)", () => {
  it.each([
    // "Qua đầu mối nào" asks which unit, like "đơn vị nào".
    ["Có việc vượt thẩm quyền thì báo cáo UBND TP thông qua đầu mối nào?", "thông qua Sở Khoa học và Công nghệ"],
    // "Có tính chất gì": what kind of document.
    ["Hướng dẫn triển khai kiến trúc của BKHCN có tính chất gì, bắt buộc hay tham khảo?", "tài liệu tham khảo chính thức"],
    // "Rồi sau đó họ làm gì": the next step; "họ" points back.
    ["Phản ánh vướng mắc về Cục CĐS quốc gia rồi thì sau đó họ làm gì?", "báo cáo Thủ tướng Chính phủ"],
    // "Văn bản nào nhắc tới …": the mention frames it; "ở đây" (here) too.
    ["Văn bản nào nhắc tới MOOCs vậy bot, MOOCs ở đây là loại nền tảng gì?", "học trực tuyến mở đại trà"],
    // "Số ký hiệu" names the kind of answer, the cited letter is the topic.
    ["cv ke hoach tap huan cua Bo VHTTDL co can cu cv 7753 cua BKHCN, cho em xin so ky hieu va ngay cua cv 7753", "7753/BKHCN-CĐSQG ngày 17/12/2025"],
    // "Mà" links the officer's words ("cái gì mà cv nhắc tới") and names no topic.
    ["MOOCs là cái gì mà cv BKHCN nhắc tới vậy, chẳng lẽ bắt cán bộ học online như sinh viên", "học trực tuyến mở đại trà"],
    // Northern n/l: "nàm" is "làm".
    ["ai nàm quy trinh giai quyet thu tuc tren he thong tap trung, xa tu nàm hay bo", "các bộ, ngành chủ trì, phối hợp với địa phương xây dựng, cấu hình quy trình"],
    // A short topic put first, before a comma, is asked about, not context.
    ["Vấn đề hạ tầng, ATTT khi kết nối với hệ thống của Bộ VHTTDL thì liên hệ ai vậy?", "Dương Anh Quân"],
    // "Lỡ" (in case) frames a worry.
    ["lỡ gửi danh sách cán bộ đầu mối trễ thì gửi cho ai ạ, gửi thẳng lên bộ hay qua đơn vị nào", "gửi về Bộ VHTTDL"],
  ])("answers: %s", answersWith);
  // "… ở Bộ KHCN" after the question word places the person; his portfolio, which no letter gives, is asked.
  it.each(["thu truong Vu Hai Quan phu trach mang gi o Bo KHCN"])("declines: %s", declines);
});

describe("what the letters attach but do not include (eleventh round)", () => {
  it.each([
    // A form's columns: the letter only points to its appendix.
    "Kính đề nghị cho biết biểu mẫu danh sách cán bộ đầu mối gồm những cột thông tin gì, có phải ghi số căn cước công dân của cán bộ không?",
    // Where to download a form or software: no letter gives a download.
    "file word biểu mẫu phụ lục 3 tải ở đâu vậy mọi người",
    "cài phần mềm qlvb bản mới cho xã tải ở đâu vậy ạ",
  ])("declines: %s", declines);
  // Where the guidance is posted is said ("đăng tải trên Cổng Thông tin điện tử").
  it.each([["tài liệu hướng dẫn sử dụng hệ thống tập trung cấp bộ đăng tải ở đâu", "Cổng Thông tin điện tử"]])("answers: %s", answersWith);
});

describe("the public administration service centre, named like any other body (eleventh round)", () => {
  // The training plan asks departments and communes for officers, not the centre.
  it.each(["Trung tâm phục vụ HCC tỉnh phải cử mấy người làm quản trị hệ thống của Bộ VHTTDL?"])("declines: %s", declines);
  it.each([["Trung tâm PVHCC thành phố phối hợp với ai để tập huấn hệ thống điều phối", "Văn phòng Chính phủ, Bộ Công an"]])("answers: %s", answersWith);
});

describe("opinions the letters do not give (eleventh round)", () => {
  it.each([
    "theo ae mo hinh tap trung cap bo co on hon HT mot cua cua tinh ko",
    "ad oi theo y ad mo hinh tap trung cap bo co tot hon he thong cua tinh minh dang dung ko?",
  ])("declines: %s", declines);
  // "… vậy mn, thấy trong cv …": what the officer saw, not an opinion asked.
  it.each([["0988450060 là số của ai vậy mn, thấy trong cv tập huấn", "Ngô Thị Quế Trang"]])("answers: %s", answersWith);
});

describe("a phone named in a clause of its own (eleventh round)", () => {
  it.each([["Số điện thoại của đồng chí Lê Mạnh Hùng, PGĐ Trung tâm CĐS VHTTDL là bao nhiêu?", "0905.188881"]])("answers: %s", answersWith);
});

describe("the officer's own province, told before the question (eleventh round)", () => {
  it.each([
    // No letter gives one province's training date or place.
    "Tỉnh bên em là Lào Cai, lớp tập huấn của Bộ VHTTDL cho tỉnh em học ngày nào, ở đâu vậy?",
    "Em ở tỉnh Nghệ An, lịch tập huấn cụ thể của tỉnh em do Bộ VHTTDL tổ chức là ngày nào ạ?",
  ])("declines: %s", declines);
  // "Tên Sơn là …" names a person, not the province of Sơn La.
  it.each([["sđt ông phó giám đốc trung tâm chuyển đổi số vhttdl tên Sơn là bao nhiêu ạ", "0976953686"]])("answers: %s", answersWith);
});

describe("alternatives offered tell the kind of answer (eleventh round)", () => {
  // "Hàng tháng hay hàng quý" asks how often, which the city's letter does not say.
  it.each(["Chế độ báo cáo định kỳ ở HCM là hàng tháng hay hàng quý, có mẫu báo cáo ko?"])("declines: %s", declines);
});
