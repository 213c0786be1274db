"""Names shared by the workflow, the admin screens, the audit log and the tests."""

# Actions of the two approval tasks (``Task.get_actions``).
ACTION_APPROVE = "approve"
ACTION_REJECT = "reject"

# Audit-log actions of ours (registered in ``publishing.wagtail_hooks``).
LOG_WITHDRAW = "publishing.withdraw"
LOG_CORRECTION = "publishing.correction"
LOG_VERIFY = "publishing.verify"
LOG_REINSTATEMENT_REQUEST = "publishing.reinstatement_request"
LOG_REINSTATE = "publishing.reinstate"

LOG_ACTIONS = {
    LOG_WITHDRAW: "ถอนข้อมูลพร้อมคำชี้แจง",
    LOG_CORRECTION: "บันทึกการแก้ไขเพิ่มเติม",
    LOG_VERIFY: "ตรวจสอบหลังเผยแพร่",
    LOG_REINSTATEMENT_REQUEST: "ขอยกเลิกการถอนข้อมูล",
    LOG_REINSTATE: "ยกเลิกการถอนข้อมูล (เผยแพร่อีกครั้งตามที่อนุมัติ)",
}
