// How officers word their questions in chat, folded unless said otherwise: the phrases and words
// that frame a question rather than name its topic, chat spellings read before anything else, and
// shorthand that is no acronym of the letters' words. Data only; index.ts reads questions with it.

// Question words and chat fillers, folded. Not a stopword list: documents are indexed whole, and
// a word counts as a question word only outside a compound the letters use ("phụ lục nào" keeps
// "lục"; "phản hồi" is not "hỏi"). In a question they tell what kind of answer is wanted, so they
// are left out of the search and carry no weight in the confidence: letters never say "là gì".
// "dau" (đâu/đầu) only counts at the end.
export const QUESTION_PHRASES = [
  "bao nhieu", "bao gio", "bao lau", "khi nao", "chung nao", "luc nao", "ngay nao", "the nao", "nhu the nao", "nhu nao",
  "lam sao", "ra sao", "tai sao", "vi sao", "o dau", "la gi", "cai gi", "nhung gi", "nhung ai", "la ai",
  "cho hoi", "xin hoi", "cho toi", "giup toi", "duoc khong", "co khong", "phai khong", "hay khong", "khong a",
  "bang cach nao", "cach nao", "co quan nao", "don vi nao", "bo phan nao",
  // "Làm gì", "làm những (việc) gì": what the task is; letters never say "làm gì".
  "lam gi", "lam nhung", "lam viec gi", "viec gi", "de lam gi", "lam la gi",
  // "Lo chuyện gì", "lo việc gì", "lo gì" (see to what): the task asked for.
  "lo chuyen gi", "lo viec gi", "lam chuyen gi", "chuyen gi", "lo gi", "lo nhung gi",
  // "Lo phần nào", "phụ trách phần gì": which part of the work, like "việc gì".
  "phan nao", "phan gi",
  // "Được giao (việc) gì": the task asked for, like "làm gì". In "được giao nhiệm vụ gì" only
  // "nhiệm vụ gì" asks: "giao" is what a passage states ("được giao nhiệm vụ …").
  "duoc giao viec gi", "giao viec gi", "duoc giao lam gi", "duoc giao gi",
  // "Nghĩa là gì", "viết tắt của gì": what a word means; the word is the topic.
  "nghia la gi", "co nghia la gi", "nghia la", "viet tat cua", "viet tat la", "la viet tat",
  // "Trước tiên", "đầu tiên", "trước hết": the first of the tasks, not a topic.
  "truoc tien", "dau tien", "truoc het",
  // "Đã có lần nào bị đính chính chưa", "có từng bị sửa không": ever, the frame of a yes/no question.
  "lan nao", "da tung", "tung bi",
  // "Bởi ai", "dành cho (những) ai": by whom, for whom; "nằm ở đâu": where it is written.
  "boi ai", "danh cho ai", "danh cho nhung ai", "nam o dau",
  // Greetings and the polite opening of a chat question ("xin chào", "cho em hỏi", "mọi người ơi"):
  // they say nothing of the topic. "Chỗ nào" asks where, like "ở đâu".
  "xin chao", "cho em hoi", "cho minh hoi", "cho anh hoi", "cho chi hoi", "cho toi hoi", "em hoi", "minh hoi",
  "moi nguoi oi", "cho nao", "ad oi", "admin oi", "anh chi oi", "em muon hoi", "minh muon hoi", "toi muon hoi",
  "cho em xin", "cho minh xin", "cho toi xin", "cho anh xin", "cho chi xin", "cho tui xin", "xin cho hoi",
  // "Muốn biết", "cho biết"; a question passed on ("sếp hỏi", "lãnh đạo hỏi"): the frame, not the topic.
  "muon biet", "cho biet", "can biet", "sep hoi", "lanh dao hoi", "sep bao", "sep can", "ld hoi",
  // "Tôi thấy …", "em thấy …": what the officer noticed; "ở chỗ nào" asks where, like "ở đâu".
  "toi thay", "em thay", "minh thay", "o cho nao",
  // "Hình như", "nghe nói", "nghe bảo", "nghe phong thanh": what the officer half-remembers or heard, not what is asked.
  "hinh nhu", "nghe noi", "nghe bao", "nghe phong thanh",
  // "(Mọi người) hay nhắc (đến)", "hay gọi là": what others often say of it ("hay" is "often" here, not "or").
  "moi nguoi hay nhac", "hay nhac den", "hay nhac toi", "hay nhac", "hay goi la",
  // "Tôi nghe vậy có đúng không": the claim heard, checked.
  "nghe vay", "nghe nhu vay", "nghe the",
  // "Phải làm gì tiếp theo": the next task asked, like "làm gì".
  "lam gi tiep theo", "lam gi tiep",
  // "Tôi tra ở phần nào trong văn bản": where to look, the kind of answer (KIND_CUES).
  "tra o phan nao", "xem o phan nao", "o phan nao", "o muc nao", "tai muc nao", "tai phan nao",
  // "Rốt cuộc", "tóm lại", "thực ra": how the officer sums up before asking, not the topic.
  "rot cuoc", "tom lai", "thuc ra",
  // "(Tự) mày mò": working it out alone, the officer's worry, not the topic.
  "tu may mo", "may mo",
  // "Có thuộc diện phải cử … không": whether the rule covers them, the frame of a yes/no question.
  "thuoc dien",
  // "Về mặt an ninh": regarding, the frame of what follows.
  "ve mat",
  // Speech typed by voice: fillers and self-corrections ("ừm", "thì là", "nói chung là", "à không
  // ý em là"); requests to say again ("nhắc lại giúp", "đọc lại giúp em", "tóm tắt giúp").
  "um", "uhm", "thi la", "kieu nhu", "noi chung la", "y em la", "a khong", "nhac lai giup", "nhac lai", "doc lai giup", "doc giup",
  "doc lai nguyen van", "doc nguyen van", "doc lai", "noi lai", "tom tat giup", "chi em", "chi giup",
  // "Nguyên văn là thế nào": word for word, of whatever is asked; the letters never write it.
  "nguyen van la", "nguyen van",
  // "Nhiệm vụ gì cụ thể", "trách nhiệm cụ thể gì", "ghi cụ thể thế nào": specifically, next to the question
  // word; the letters never write "cụ thể".
  "gi cu the", "nao cu the", "cu the gi", "cu the the nao", "cu the ra sao", "cu the la gi", "cu the nhu the nao",
  // "Những nội dung gì", "đối tượng nào", "giao cho ai": what, whom, to whom; the rest is the topic.
  "noi dung gi", "nhung noi dung gi", "nhung noi dung nao", "noi dung nao", "nhung van de gi", "van de gi",
  // "Làm rõ những điểm gì": which points, like "những nội dung gì" (the letters number points, never say "điểm gì").
  "nhung diem gi", "nhung diem chi", "nhung diem nao", "diem gi", "diem chi",
  "doi tuong nao", "nhung doi tuong nao", "danh cho doi tuong nao", "danh cho nhung doi tuong nao", "giao cho ai", "giao ai",
  // "Chúng tôi", "chúng em": the officers themselves, never the topic.
  "chung toi", "chung em", "chung minh", "tui em", "tui minh", "tui toi", "tui tui", "bon em", "bon minh", "bon toi", "bon tui",
  // "Có chính xác không": a tag asking to confirm what was said before it.
  "co chinh xac khong", "chinh xac khong", "co chinh xac ko", "chinh xac ko",
  // "Xác nhận lại … chính xác giúp chúng tôi": the request, not its topic.
  "xac nhan lai", "chinh xac", "giup chung toi", "giup em", "giup minh", "giup toi",
  // "Dựa vào đâu", "căn cứ vào đâu": on what basis.
  "dua vao dau", "dua vao gi", "dua tren gi", "can cu vao dau", "can cu dau",
  // "Theo kiểu nào", "kiểu gì": how, like "cách nào".
  "kieu nao", "kieu gi",
  // "Nhờ ad check giúp", "xem giúp em", "nhờ nhóm trả lời giúp", "nhờ mọi người": the request, not its topic.
  "nho nhom tra loi giup", "nho nhom", "tra loi giup", "tra loi gium", "nho moi nguoi", "nho cac anh chi", "nho anh chi", "nho ad", "check giup", "check gium", "kiem tra giup", "kiem tra gium", "xem giup", "xem gium",
  // "(HP chẳng hạn)", "ví dụ như …": an example the officer gives, not the topic.
  "chang han", "vi du nhu", "vi du",
  // "Anh chị giải thích giúp em …", "anh chị chỉ giúp em …": whom the officer asks, and the asking.
  "anh chi giai thich giup", "anh chi giai thich gium", "giai thich giup", "giai thich gium", "anh chi chi giup", "anh chi chi gium", "anh chi giup em", "anh chi giup",
  // "Tên gì", "làm chức gì": the kind of answer (a name, a title; KIND_CUES), not the topic.
  "ten gi", "ten la gi", "goi ten", "chuc vu gi", "chuc danh gi", "lam chuc gi", "giu chuc gi", "giu chuc vu gi", "chuc gi",
  // "Hồi cuối năm 2025", "đầu tháng": when, around a date the question names.
  "hoi cuoi nam", "cuoi nam", "dau nam", "giua nam", "cuoi thang", "dau thang", "giua thang",
  // "Hồi đó", "hồi trước", "dạo trước", "bữa trước", "tuần trước": back then, when the officer heard of it.
  "hoi do", "hoi truoc", "dao truoc", "dao do", "bua truoc", "hom truoc", "tuan truoc",
  // Time told from now ("trước Tết", "năm ngoái", "tuần sau", "tháng tới", "từ giờ tới lúc …"): when
  // the officer is, which the letters never write; they give dates.
  "truoc tet", "sau tet", "dip tet", "nam ngoai", "tuan sau", "tuan toi", "thang toi", "thang sau", "cuoi tuan nay", "tu gio toi luc", "tu gio den luc", "tu gio toi", "tu gio den",
  // "Ông nào", "bà nào", "vị nào" (politely): which person; "tự nhiên" (all of a sudden) says nothing
  // of the topic. ("Đơn vị nào" stays a unit: the phrase does not tear "đơn vị".)
  "ong nao", "ba nao", "anh nao", "chi nao", "dong chi nao", "vi nao", "tu nhien",
  // "Ở những đâu", "(được giao) những nhiệm vụ gì": where, what tasks.
  "o nhung dau", "nhung dau", "nhung nhiem vu gi", "nhiem vu gi", "duoc giao nhung gi",
  // "Bạn" only where it cannot be "bản" or "ban" ("lương cơ bản", "ban chỉ đạo"): addressing the bot.
  "ban oi", "ban la ai", "cam on ban", "cam on", "cac bac", "bac oi",
  // Formal openings and questions passed on ("kính gửi ban quản trị", "thưa anh chị", "anh chánh
  // văn phòng nhờ tôi hỏi giùm là", "trưởng phòng giao tôi tìm hiểu"): who asks, not what.
  "kinh gui ban quan tri", "kinh gui quy anh chi", "kinh gui anh chi", "kinh gui cac anh chi", "thua ban quan tri", "thua anh chi",
  "thua cac anh chi", "chao cac anh chi", "chao anh chi", "xin hoi dong chi", "nho toi hoi", "nho em hoi", "hoi gium", "hoi giup", "hoi ho",
  "giao toi tim hieu", "giao em tim hieu", "bao toi hoi", "bao em hoi",
  // Written requests: "kính đề nghị quý Ban cho biết", "xin trân trọng hỏi", "kính hỏi quý Bộ".
  "kinh de nghi quy ban cho biet", "kinh de nghi quy bo cho biet", "kinh de nghi quy trung tam cho biet", "kinh de nghi quy co quan cho biet",
  "kinh de nghi cho biet", "de nghi quy ban cho biet", "xin tran trong hoi", "tran trong de nghi", "kinh hoi quy ban", "kinh hoi quy bo", "kinh hoi",
  // A district office's ceremony ("Kính thưa quý Ban hỗ trợ, …", "xin phép được hỏi …", "kính mong
  // quý Ban cho biết ạ"): addressed to the support desk ("Ban hỗ trợ"), not about support.
  "kinh thua quy ban ho tro", "kinh thua quy ban", "kinh gui quy ban ho tro", "kinh gui quy ban", "kinh thua", "quy ban ho tro", "quy ban",
  "xin phep duoc hoi", "xin duoc hoi", "kinh mong quy ban cho biet", "kinh mong quy ban", "kinh mong", "mong quy ban cho biet",
  "xin quy ban xac nhan", "de nghi quy ban xac nhan", "kinh de nghi quy ban", "kinh de nghi quy bo", "kinh de nghi quy trung tam",
  // A support desk's wording of a ticket: "Đề nghị cho biết …", "Đề nghị cho (xin) số …", "Đề nghị
  // bot …", "Xin xác nhận …", "Đề nghị cung cấp …", "đề nghị nêu (rõ) số, ngày" (the letters write
  // none of these).
  "de nghi cho biet", "de nghi cho xin", "de nghi cho", "de nghi bot", "xin cho biet", "xin xac nhan", "de nghi xac nhan", "de nghi cung cap", "xin cung cap", "de nghi neu ro", "de nghi neu",
  // An office chief's directive to the desk ("Đề nghị bộ phận hỗ trợ cho biết …", "Nêu cụ thể …",
  // "…? Đề nghị làm rõ."): whom he tells, and how; the letters write none of them.
  "de nghi bo phan ho tro cho biet", "de nghi bo phan ho tro", "bo phan ho tro cho biet", "de nghi lam ro", "neu cu the", "xin neu cu the",
  // "Làm rõ trách nhiệm của …": what someone must do (a task, KIND_CUES); "làm rõ" alone is the letters'.
  "lam ro trach nhiem",
  // An older officer's courtesies ("kính gửi các đồng chí trong nhóm", "em xin phép hỏi các đồng
  // chí", "cảm ơn các đồng chí nhiều"): the letters name "các đồng chí chuyên viên", so the plural
  // address is a frame only next to a greeting, a request or thanks.
  "kinh gui cac dong chi", "thua cac dong chi", "chao cac dong chi", "cac dong chi oi", "xin phep hoi", "xin phep cac dong chi", "xin phep",
  "hoi cac dong chi", "cac dong chi cho", "cam on cac dong chi", "xin cam on", "trong nhom",
  // What the officer has heard, framing a question ("theo tôi được biết …", "tôi được biết …").
  "theo toi duoc biet", "theo toi biet", "toi duoc biet", "theo em duoc biet", "em duoc biet",
  // A complaint framing the question ("sao bộ không nói rõ …", "bộ chẳng nói …").
  "khong noi ro", "chang noi ro", "ko noi ro", "chang noi",
  // "Hôm nào", southern "bữa nào", "thời điểm nào": which day, like "ngày nào". "(Trong) trường hợp
  // nào": when, on what condition.
  "hom nao", "bua nao", "thoi diem nao", "trong truong hop nao", "truong hop nao",
  // "Hạn chót", "hạn cuối": the deadline asked for (DEADLINE_CUE), which letters state as "trước ngày …".
  "han chot", "han cuoi",
  // "Ai chịu trách nhiệm", "đơn vị nào có trách nhiệm": who, the kind of answer; the letters give
  // the body that does it, and never write "trách nhiệm".
  "ai chiu trach nhiem", "chiu trach nhiem", "co trach nhiem",
  // "Trách nhiệm … thuộc về ai", "ai là người in charge": who, put otherwise.
  "thuoc ve ai", "thuoc ve", "nguoi in charge", "in charge",
  // "Điều gì (đã) khiến Bộ ban hành …": what caused it, a reason asked (KIND_CUES), not a topic.
  "dieu gi da khien", "dieu gi khien", "gi da khien", "gi khien",
  // "Số điện thoại (của) từng người": for each of those asked, never the topic.
  "tung nguoi",
  // "Tóm tắt (nhanh)", "bên trên"/"cấp trên" (the higher-ups) "nói": how the question is put, not its topic.
  "tom tat", "ben tren", "cap tren",
  // "Hiện giờ", "bây giờ" (chat "bjo", "bgio"): now, the time of asking, which the letters never write.
  "hien gio", "bay gio", "bjo", "bgio", "hien tai", "hien hanh",
  // "Trước giờ … , giờ …" (until now …, now …): the officer's contrast of then and now (`saysNow`).
  "truoc gio",
  // "(Thông) qua đầu mối nào": which unit, the kind of answer (KIND_CUES), like "đơn vị nào".
  "dau moi nao",
  // "Có tính chất gì": what kind of document, which the answer names ("tài liệu tham khảo").
  "tinh chat gi", "co tinh chat gi", "tinh chat nao", "tinh chat the nao",
  // "Rồi sau đó (họ) làm gì": the next step is asked; "sau đó" names no topic (the letters never write it).
  "sau do",
  // "MOOCs ở đây là gì": here, in the letter just named.
  "o day",
  // "Tự giới thiệu là gì": how a body names itself in its letter, which the answer quotes.
  "tu gioi thieu", "gioi thieu la",
  // "Cv nào nhắc tới MOOCs", "có đề cập đến zalo không": which letter mentions it; the mention is
  // the frame, what is mentioned the topic (the letters never write "nhắc").
  "nhac toi", "nhac den", "co nhac", "duoc nhac", "nhac", "de cap den", "de cap toi", "co de cap",
  // "Góp ý ngược lên (Bộ)", "phản ánh lên trên": upwards, the direction of the feedback; "nhớ mang
  // máng": the officer's memory; "(sở du lịch) tách riêng", "tách ra": how the province is organised,
  // told before asking. None names a topic, and the letters never write them.
  "nguoc len", "len tren", "mang mang", "tach rieng", "tach ra",
  // "Trong thân cv có ghi không", "không thấy đâu cả": where and how the officer looked, not what
  // is asked; "(số hiệu) đầy đủ": complete, of whatever is asked. The letters write none of them.
  "than cv", "than cong van", "than van ban", "than vb", "than thu", "dau ca", "dau het", "day du",
  // "Em thắc mắc là …", "tôi không nhớ": the officer's puzzlement or memory, not the topic ("quên
  // mất" folds as "quên mật (khẩu)", a topic).
  "thac mac la", "thac mac", "khong nho", "ko nho", "k nho", "em nho", "toi nho", "minh nho",
  // "Cái này thực tế là gì": in practice, a hedge of the asking, not the topic.
  "thuc te la",
  // "Lỡ như có người hỏi … thì em trả lời sao cho đúng", "văn bản nói sao": how to answer someone,
  // or what the letter says; whoever would ask and the answering name no topic.
  "tra loi the nao", "tra loi nhu the nao", "tra loi sao", "tra loi ra sao", "tra loi nhu nao", "noi sao", "noi the nao", "noi ra sao", "noi nhu nao",
  "giai thich sao", "giai thich the nao", "sao cho dung", "the nao cho dung", "cho gon", "cho chuan", "co nguoi hoi", "nguoi ta hoi", "ai hoi",
  // An elder officer's letter-like address typed without marks ("Kinh gui ban ho tro, …", "mong ban
  // giai thich ngan gon giup", "nho ban noi giup"), a ward's "kính gửi trợ lý": who is asked, and how.
  "kinh gui ban ho tro", "kinh gui ban", "thua ban ho tro", "chao ban ho tro", "kinh gui tro ly", "kinh nho tro ly", "nho tro ly",
  "mong ban cho biet", "mong ban giai thich", "mong ban", "nho ban noi giup", "nho ban", "noi giup", "giai thich ngan gon", "ngan gon",
  // "Tìm hoài không ra", "tìm mãi không thấy", "nghe tên lần đầu": how the officer fared, not the topic.
  "tim hoai", "tim mai", "lan dau",
  // A ward's careful requests ("kính nhờ trích dẫn văn bản", "trích nguyên văn", "tôi muốn xác minh
  // cho rõ") and its second question's opening ("Ngoài ra, …", "Tiện đây xin hỏi …"): how it is asked.
  "kinh nho", "trich nguyen van", "xac minh", "cho ro", "ngoai ra", "tien day",
  // Labels support staff head a question with ("Câu hỏi: …", "Hỏi đáp – …"); no letter says them.
  "cau hoi", "hoi dap",
  // A busy officer's imperatives ("liệt kê nơi nhận …", "kể tên …", "trích thông báo 53, …"): how
  // the request is put, which no letter writes ("nêu", which folds like "nếu", is TYPED_FRAME_WORDS').
  "liet ke", "ke ten", "ke ra", "trich dan", "trich",
].map((p) => p.split(" "));

// Chat spellings of "không" ("ko", "k", "hok") and end-of-question particles ("nhé", "nha", "nè",
// "hả") are question words too.
export const QUESTION_WORDS = new Set([
  "gi", "nao", "sao", "ai", "may", "la", "phai", "a", "vay", "nhi", "nhe", "oi", "khong", "chua", "toi", "em",
  "ko", "k", "kg", "khg", "hok", "ak", "ah", "nha", "ne", "ha",
  // "Bị đính chính bởi cv nào": "bởi" (by) marks who did it, the kind asked; the letters never write it.
  "boi",
  // "Cái văn bản …", "cái hướng dẫn này": a classifier, never the topic.
  "cai",
  // Greetings and chat forms of address: "chào", "hi", "alo", "mn"/"mng" (mọi người), "ae" (anh em),
  // "ad" (the group's admin, wherever it stands: "nhờ ad check giúp"), "bot" (this assistant),
  // "cháu" (an elder officer addressing the younger one who answers: "cháu ơi cho chú hỏi").
  "chao", "mn", "mng", "ae", "ad", "hi", "hello", "alo", "bot", "chau",
  // "Mà" (that, but: "cái văn bản mà cv nhắc", "sao mà …") links the officer's words, never the topic.
  "ma",
  // Chat shorthand of question phrases: "ntn" (như thế nào), "bh" (bao giờ, a date: KIND_CUES).
  "ntn", "bh",
  // "Cv ghi ở đâu" (where it is written): how the officer speaks of the letter, never its topic.
  "ghi",
  // "FAQ – …": a label heading the question, as support staff write them; no letter says it.
  "faq",
]);

// Chat spellings of common words, one syllable for one (folded): "j" is "gì", "z" "vậy", "bao h"
// "bao giờ", "bao nhiu" "bao nhiêu", "dc"/"đc" "được" ("đk" is as often "đăng ký"). Read before
// anything else, so that question phrases, kinds and function words see the words meant; as
// abbreviations they would be looked up in the letters ("dc" spelled out as some run of "d… c…").
export const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  // "Dealine", "dedline": the chat word "deadline" mistyped.
  ["dealine", "deadline"], ["dedline", "deadline"], ["deadlin", "deadline"],
  ["j", "gi"], ["z", "vay"], ["dc", "duoc"], ["dx", "duoc"], ["nhiu", "nhieu"], ["thui", "thoi"], ["v", "vay"],
  // "e" em, "mik"/"mk" mình, "ng" người, "lm" làm, "cx" cũng, "vs" với, "hk"/"hem" không, "bik" biết.
  // "Khônh", "khog", "kong": "không" mistyped.
  ["khonh", "khong"], ["khog", "khong"], ["kong", "khong"],
  ["e", "em"], ["mik", "minh"], ["ng", "nguoi"], ["lm", "lam"], ["cx", "cung"], ["vs", "voi"], ["mk", "minh"], ["hk", "khong"], ["hem", "khong"], ["bik", "biet"],
  // "Gửi qa đơn vị nào": "qua" with its vowel dropped; "bị đính chính r à": "rồi".
  ["qa", "qua"], ["r", "roi"],
  // "Cv 39 ns về cái j": "nói".
  ["ns", "noi"],
]);

// "Lỡ", "nhỡ" (in case): the condition's frame, as typed with marks ("lo", "nho" fold from other words).
// "Nữa đây", "ở đây" (here), "đi học", "gửi đi" (go): as typed, not "dây", "dạy", "di chuyển".
// "Nằm (ngay) trong …", "nằm ở đâu" (is found): as typed, not "năm" (year). "Quên (hỏi tên)": the
// officer forgot, never the topic.
export const TYPED_FRAME_WORDS: ReadonlySet<string> = new Set(["ổng", "bả", "ảnh", "đấy", "hở", "thấy", "chẳng", "chả", "dạ", "lỡ", "nhỡ", "đây", "đi", "nằm", "quên", "ừ", "ờ", "ừm", "nêu"]);

/** Chat shorthand that is not an acronym of the letters' words: "cc" (copy to), "sp" (support). */
export const CHAT_ACRONYMS: ReadonlySet<string> = new Set(["cc", "sp", "ok", "ib", "pm"]);

/**
 * Chat shorthands that stand for two words, written out before the question is read ("bnhiu" is
 * "bao nhiêu"), folded.
 */
export const CHAT_SHORTHANDS: ReadonlyMap<string, string> = new Map([
  ["bnhiu", "bao nhiêu"], ["bnhieu", "bao nhiêu"],
]);

/**
 * Chat spellings that stand for a word only after one of the given ones ("bao h" → "bao giờ"; "HD
 * KT" → "hướng dẫn kiến trúc", through the abbreviation "ktruc", where "KT." alone signs for a head).
 */
export const CHAT_SPELLINGS_AFTER: ReadonlyMap<string, [ReadonlySet<string>, string]> = new Map([
  ["h", [new Set(["bao"]), "gio"]],
  ["n", [new Set(["bao"]), "nhieu"]],
  ["kt", [new Set(["hd", "dan"]), "ktruc"]],
]);
