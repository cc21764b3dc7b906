<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>column.c10</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="18"/>
        <source>CIFAR-10, no augmentation</source>
        <translation>CIFAR-10, 데이터 증강 없음</translation>
    </message>
</context>
<context>
    <name>column.c100</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="20"/>
        <source>CIFAR-100, no augmentation</source>
        <translation>CIFAR-100, 데이터 증강 없음</translation>
    </message>
</context>
<context>
    <name>column.c100plus</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="21"/>
        <source>CIFAR-100 with standard augmentation</source>
        <translation>CIFAR-100, 표준 데이터 증강</translation>
    </message>
</context>
<context>
    <name>column.c10plus</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="19"/>
        <source>CIFAR-10 with standard augmentation (translation, mirroring)</source>
        <translation>CIFAR-10, 표준 데이터 증강 (평행 이동, 좌우 반전)</translation>
    </message>
</context>
<context>
    <name>column.svhn</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="22"/>
        <source>Street View House Numbers</source>
        <translation>SVHN (거리 사진 속 집 번호)</translation>
    </message>
</context>
<context>
    <name>config.at_least_1</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="217"/>
        <source>must be at least 1</source>
        <translation>1 이상이어야 합니다</translation>
    </message>
</context>
<context>
    <name>config.bad_item</name>
    <message>
        <location filename="../../explorer/core/config.py" line="921"/>
        <source>item {n} ({item}) {reason}</source>
        <translation>{n}번째 항목({item}): {reason}</translation>
    </message>
</context>
<context>
    <name>config.bad_json</name>
    <message>
        <location filename="../../explorer/core/config.py" line="861"/>
        <source>is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>올바른 JSON이 아닙니다 ({line}행 {column}열: {error})</translation>
    </message>
</context>
<context>
    <name>config.compression_empty</name>
    <message>
        <location filename="../../explorer/core/config.py" line="308"/>
        <source>leaves no feature maps after transition {index} (floor({theta} x {channels}) = 0)</source>
        <translation>전이 층 {index} 뒤에 남는 특징 맵이 없습니다 (⌊{theta} × {channels}⌋ = 0)</translation>
    </message>
</context>
<context>
    <name>config.depth_blocks</name>
    <message>
        <location filename="../../explorer/core/config.py" line="352"/>
        <source>does not fit {blocks} equal blocks: {rule} must be a whole number</source>
        <translation>같은 크기의 블록 {blocks}개로 나뉘지 않습니다: {rule}이(가) 정수여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.depth_blocks_bottleneck</name>
    <message>
        <location filename="../../explorer/core/config.py" line="349"/>
        <source>does not fit {blocks} equal blocks with bottleneck: {rule} must be a whole number</source>
        <translation>병목을 쓰는 같은 크기의 블록 {blocks}개로 나뉘지 않습니다: {rule}이(가) 정수여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.depth_rule</name>
    <message>
        <location filename="../../explorer/core/config.py" line="424"/>
        <source>is not {per}n+{extra} ({what})</source>
        <translation>{per}n+{extra} 꼴이 아닙니다 ({what})</translation>
    </message>
</context>
<context>
    <name>config.duplicate_key</name>
    <message>
        <location filename="../../explorer/core/config.py" line="841"/>
        <source>appears twice in the file (the first value would be dropped silently)</source>
        <translation>파일에 두 번 나옵니다 (첫 번째 값이 조용히 버려질 것입니다)</translation>
    </message>
</context>
<context>
    <name>config.empty</name>
    <message>
        <location filename="../../explorer/core/config.py" line="882"/>
        <source>is empty</source>
        <translation>비어 있습니다</translation>
    </message>
</context>
<context>
    <name>config.empty_item</name>
    <message>
        <location filename="../../explorer/core/config.py" line="917"/>
        <source>has an empty item (item {n})</source>
        <translation>빈 항목이 있습니다 ({n}번째 항목)</translation>
    </message>
</context>
<context>
    <name>config.float_text</name>
    <message>
        <location filename="../../explorer/core/config.py" line="904"/>
        <source>must be a number written with the digits 0-9</source>
        <translation>숫자 0-9로 쓴 수여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.input_too_small_dense</name>
    <message>
        <location filename="../../explorer/core/config.py" line="297"/>
        <source>is too small for the {stem} stem and {transitions} transitions (each halves the size)</source>
        <translation>{stem} 스템과 전이 층 {transitions}개에 비해 너무 작습니다 (전이 층마다 크기가 절반이 됩니다)</translation>
    </message>
</context>
<context>
    <name>config.input_too_small_fractal</name>
    <message>
        <location filename="../../explorer/core/config.py" line="754"/>
        <source>is too small for {blocks} blocks (each ends with a 2x2 max pool)</source>
        <translation>블록 {blocks}개에 비해 너무 작습니다 (블록마다 2×2 최대 풀링으로 끝납니다)</translation>
    </message>
</context>
<context>
    <name>config.int_text</name>
    <message>
        <location filename="../../explorer/core/config.py" line="890"/>
        <source>must be a whole number written with the digits 0-9, no spaces</source>
        <translation>숫자 0-9로 쓴 정수여야 합니다 (공백 없이)</translation>
    </message>
</context>
<context>
    <name>config.json_digits</name>
    <message>
        <location filename="../../explorer/core/config.py" line="850"/>
        <source>holds a number with too many digits</source>
        <translation>자릿수가 너무 많은 수가 있습니다</translation>
    </message>
</context>
<context>
    <name>config.missing</name>
    <message>
        <location filename="../../explorer/core/config.py" line="818"/>
        <source>is missing</source>
        <translation>빠져 있습니다</translation>
    </message>
</context>
<context>
    <name>config.not_bool</name>
    <message>
        <location filename="../../explorer/core/config.py" line="170"/>
        <source>must be true or false</source>
        <translation>참 또는 거짓이어야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_channel_list</name>
    <message>
        <location filename="../../explorer/core/config.py" line="740"/>
        <source>must be a list of channel counts, one per block</source>
        <translation>블록마다 하나씩, 채널 수의 목록이어야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_choice</name>
    <message>
        <location filename="../../explorer/core/config.py" line="177"/>
        <source>is not one of the choices</source>
        <translation>고를 수 있는 값이 아닙니다</translation>
    </message>
</context>
<context>
    <name>config.not_finite</name>
    <message>
        <location filename="../../explorer/core/config.py" line="161"/>
        <source>must be a finite number</source>
        <translation>유한한 숫자여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_int</name>
    <message>
        <location filename="../../explorer/core/config.py" line="148"/>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_layer_list</name>
    <message>
        <location filename="../../explorer/core/config.py" line="278"/>
        <source>must be a list of layer counts</source>
        <translation>층 수의 목록이어야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_number</name>
    <message>
        <location filename="../../explorer/core/config.py" line="157"/>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_object</name>
    <message>
        <location filename="../../explorer/core/config.py" line="804"/>
        <source>must be a JSON object</source>
        <translation>JSON 객체여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_positive</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="66"/>
        <source>must be positive</source>
        <translation>양수여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.out_of_range</name>
    <message>
        <location filename="../../explorer/core/config.py" line="150"/>
        <location filename="../../explorer/core/config.py" line="159"/>
        <location filename="../../explorer/core/config.py" line="165"/>
        <source>is out of range</source>
        <translation>범위를 벗어났습니다</translation>
    </message>
</context>
<context>
    <name>config.too_deep</name>
    <message>
        <location filename="../../explorer/core/config.py" line="864"/>
        <source>is nested too deeply (lists or objects inside one another hundreds of levels deep)</source>
        <translation>너무 깊이 중첩되어 있습니다 (목록이나 객체가 수백 단계로 겹쳐 있음)</translation>
    </message>
</context>
<context>
    <name>config.too_many_blocks</name>
    <message>
        <location filename="../../explorer/core/config.py" line="281"/>
        <location filename="../../explorer/core/config.py" line="743"/>
        <source>has too many blocks</source>
        <translation>블록이 너무 많습니다</translation>
    </message>
</context>
<context>
    <name>config.too_many_digits</name>
    <message>
        <location filename="../../explorer/core/config.py" line="893"/>
        <source>has too many digits</source>
        <translation>자릿수가 너무 많습니다</translation>
    </message>
</context>
<context>
    <name>config.too_many_items</name>
    <message>
        <location filename="../../explorer/core/config.py" line="924"/>
        <source>has {n} items</source>
        <translation>항목이 {n}개입니다</translation>
    </message>
</context>
<context>
    <name>config.unknown_family</name>
    <message>
        <location filename="../../explorer/core/config.py" line="808"/>
        <source>is not a known network family</source>
        <translation>알려진 네트워크 계열이 아닙니다</translation>
    </message>
</context>
<context>
    <name>config.unknown_field</name>
    <message>
        <location filename="../../explorer/core/config.py" line="814"/>
        <source>is not a field of a {family} config</source>
        <translation>{family} 설정의 필드가 아닙니다</translation>
    </message>
</context>
<context>
    <name>config.wrong_type</name>
    <message>
        <location filename="../../explorer/core/config.py" line="825"/>
        <source>has a value of the wrong type ({error})</source>
        <translation>형식이 맞지 않는 값이 있습니다 ({error})</translation>
    </message>
</context>
<context>
    <name>depth.plain</name>
    <message>
        <location filename="../../explorer/core/config.py" line="486"/>
        <location filename="../../explorer/core/config.py" line="602"/>
        <source>3 stages of n units of 2 convs, plus the first conv and the classifier</source>
        <translation>3개 단계마다 합성곱 2개짜리 유닛 n개, 그리고 첫 합성곱과 분류기</translation>
    </message>
</context>
<context>
    <name>depth.preact_bottleneck</name>
    <message>
        <location filename="../../explorer/core/config.py" line="599"/>
        <source>3 stages of n bottleneck units of 3 convs, plus the first conv and the classifier</source>
        <translation>3개 단계마다 합성곱 3개짜리 병목 유닛 n개, 그리고 첫 합성곱과 분류기</translation>
    </message>
</context>
<context>
    <name>depth.resnet</name>
    <message>
        <location filename="../../explorer/core/config.py" line="538"/>
        <source>3 stages of n residual units of 2 convs, plus the first conv and the classifier</source>
        <translation>3개 단계마다 합성곱 2개짜리 잔차 유닛 n개, 그리고 첫 합성곱과 분류기</translation>
    </message>
</context>
<context>
    <name>depth.wide</name>
    <message>
        <location filename="../../explorer/core/config.py" line="662"/>
        <source>3 stages of n units of 2 convs, plus the first conv, the projection shortcuts and the classifier</source>
        <translation>3개 단계마다 합성곱 2개짜리 유닛 n개, 그리고 첫 합성곱, 사영 숏컷과 분류기</translation>
    </message>
</context>
<context>
    <name>device.cpu</name>
    <message>
        <location filename="../../explorer/core/devices.py" line="33"/>
        <source>CPU ({cores} cores, {threads} threads)</source>
        <translation>CPU (코어 {cores}개, 스레드 {threads}개)</translation>
    </message>
</context>
<context>
    <name>device.no_cuda</name>
    <message>
        <location filename="../../explorer/core/devices.py" line="43"/>
        <source>no CUDA device or driver was found</source>
        <translation>CUDA 장치나 드라이버를 찾지 못했습니다</translation>
    </message>
</context>
<context>
    <name>device.no_cuda_build</name>
    <message>
        <location filename="../../explorer/core/devices.py" line="42"/>
        <source>this torch build has no CUDA support</source>
        <translation>이 torch 빌드는 CUDA를 지원하지 않습니다</translation>
    </message>
</context>
<context>
    <name>device.no_mps</name>
    <message>
        <location filename="../../explorer/core/devices.py" line="49"/>
        <source>only on Apple silicon with macOS 12.3+</source>
        <translation>macOS 12.3 이상의 애플 실리콘에서만 쓸 수 있습니다</translation>
    </message>
</context>
<context>
    <name>family.plain</name>
    <message>
        <location filename="../../explorer/core/compare.py" line="27"/>
        <source>Plain CNN</source>
        <translation>플레인 CNN</translation>
    </message>
</context>
<context>
    <name>family.preact_resnet</name>
    <message>
        <location filename="../../explorer/core/compare.py" line="29"/>
        <source>Pre-activation ResNet</source>
        <translation>사전 활성화 ResNet</translation>
    </message>
</context>
<context>
    <name>family.wide_resnet</name>
    <message>
        <location filename="../../explorer/core/compare.py" line="30"/>
        <source>Wide ResNet</source>
        <translation>와이드 ResNet</translation>
    </message>
</context>
<context>
    <name>group.plain</name>
    <message>
        <location filename="../../explorer/core/config.py" line="986"/>
        <source>Plain</source>
        <translation>플레인 네트워크</translation>
    </message>
</context>
<context>
    <name>group.preact</name>
    <message>
        <location filename="../../explorer/core/config.py" line="987"/>
        <source>Pre-act ResNet</source>
        <translation>사전 활성화 ResNet</translation>
    </message>
</context>
<context>
    <name>group.wide</name>
    <message>
        <location filename="../../explorer/core/config.py" line="988"/>
        <source>Wide ResNet</source>
        <translation>와이드 ResNet</translation>
    </message>
</context>
<context>
    <name>help.common.in_channels</name>
    <message>
        <location filename="../../explorer/core/config.py" line="392"/>
        <source>Input channels: 3 for colour images, 1 for grey.</source>
        <translation>입력 채널: 컬러 이미지는 3, 흑백은 1.</translation>
    </message>
</context>
<context>
    <name>help.common.input_size</name>
    <message>
        <location filename="../../explorer/core/config.py" line="394"/>
        <source>Height = width of the input image in pixels (32 for CIFAR).</source>
        <translation>입력 이미지의 높이 = 너비, 픽셀 단위 (CIFAR는 32).</translation>
    </message>
</context>
<context>
    <name>help.common.num_classes</name>
    <message>
        <location filename="../../explorer/core/config.py" line="390"/>
        <source>Classes the classifier tells apart (10 for CIFAR-10, 100 for CIFAR-100).</source>
        <translation>분류기가 구별하는 클래스 수 (CIFAR-10은 10, CIFAR-100은 100).</translation>
    </message>
</context>
<context>
    <name>help.fractalnet.channels</name>
    <message>
        <location filename="../../explorer/core/config.py" line="703"/>
        <source>Channels of each block; the number of entries is B, the number of blocks (the paper: 64, 128, 256, 512, 512). Each block ends with a 2x2 max pool.</source>
        <translation>각 블록의 채널 수. 항목 수가 블록 수 B입니다 (논문: 64, 128, 256, 512, 512). 각 블록은 2×2 최대 풀링으로 끝납니다.</translation>
    </message>
</context>
<context>
    <name>help.fractalnet.columns</name>
    <message>
        <location filename="../../explorer/core/config.py" line="699"/>
        <source>C: columns per block. Column c holds 2^(c-1) conv-BN-ReLU units, so the deepest path through a block has 2^(C-1) convs (C = 3: 4).</source>
        <translation>C: 블록당 열 수. 열 c에는 합성곱-BN-ReLU 유닛이 2^(c-1)개 있어서, 블록을 지나는 가장 깊은 경로의 합성곱은 2^(C-1)개입니다 (C = 3이면 4개).</translation>
    </message>
</context>
<context>
    <name>help.fractalnet.drop_path</name>
    <message>
        <location filename="../../explorer/core/config.py" line="706"/>
        <source>Local drop-path (training only): each input of a join is dropped with this chance, at least one kept (the paper: 0.15).</source>
        <translation>지역 드롭패스 (학습 때만): 결합의 각 입력을 이 확률로 버리되, 적어도 하나는 남깁니다 (논문: 0.15).</translation>
    </message>
</context>
<context>
    <name>help.fractalnet.drop_rate</name>
    <message>
        <location filename="../../explorer/core/config.py" line="712"/>
        <source>Dropout after each conv, rising linearly from 0 in block 1 to this in block B (the paper: 0, 0.1, 0.2, 0.3, 0.4).</source>
        <translation>각 합성곱 뒤의 드롭아웃. 블록 1의 0에서 블록 B의 이 값까지 선형으로 커집니다 (논문: 0, 0.1, 0.2, 0.3, 0.4).</translation>
    </message>
</context>
<context>
    <name>help.fractalnet.global_paths</name>
    <message>
        <location filename="../../explorer/core/config.py" line="709"/>
        <source>Global drop-path (training only): the share of training steps that keep one column, the same in every block, for the whole network (the paper: 0.5).</source>
        <translation>전역 드롭패스 (학습 때만): 네트워크 전체에서 모든 블록의 같은 열 하나만 남기는 학습 스텝의 비율 (논문: 0.5).</translation>
    </message>
</context>
<context>
    <name>help.plain.depth</name>
    <message>
        <location filename="../../explorer/core/config.py" line="466"/>
        <source>L = 6n + 2: n two-conv units in each of 3 stages, plus the first conv and the classifier (He et al. 2016 train 20, 32, 44, 56 and 110).</source>
        <translation>L = 6n + 2: 3개 단계마다 합성곱 2개짜리 유닛 n개, 그리고 첫 합성곱과 분류기 (He et al. 2016은 20, 32, 44, 56, 110층을 학습).</translation>
    </message>
</context>
<context>
    <name>help.plain.width</name>
    <message>
        <location filename="../../explorer/core/config.py" line="470"/>
        <source>Channels of stage 1; stages 2 and 3 have 2x and 4x as many (16/32/64 in the paper).</source>
        <translation>단계 1의 채널 수. 단계 2와 3은 그 2배와 4배입니다 (논문: 16/32/64).</translation>
    </message>
</context>
<context>
    <name>help.preact_resnet.bottleneck</name>
    <message>
        <location filename="../../explorer/core/config.py" line="576"/>
        <source>Units of BN-ReLU-1x1, BN-ReLU-3x3, BN-ReLU-1x1 that end with 4x the unit&apos;s width (64/128/256 channels leave the stages); off: two BN-ReLU-3x3 convs.</source>
        <translation>BN-ReLU-1×1, BN-ReLU-3×3, BN-ReLU-1×1로 이루어져 유닛 너비의 4배로 끝나는 유닛 (단계를 나가는 채널 64/128/256). 끄면 BN-ReLU-3×3 합성곱 2개.</translation>
    </message>
</context>
<context>
    <name>help.preact_resnet.depth</name>
    <message>
        <location filename="../../explorer/core/config.py" line="572"/>
        <source>With bottleneck: L = 9n + 2 (n units of 3 convs per stage; 164: n = 18, 1001: n = 111); without: L = 6n + 2.</source>
        <translation>병목 사용: L = 9n + 2 (단계마다 합성곱 3개짜리 유닛 n개; 164: n = 18, 1001: n = 111). 병목 없이: L = 6n + 2.</translation>
    </message>
</context>
<context>
    <name>help.preact_resnet.width</name>
    <message>
        <location filename="../../explorer/core/config.py" line="579"/>
        <source>Bottleneck width of stage 1 (16 in the paper); stages 2 and 3 have 2x and 4x.</source>
        <translation>단계 1의 병목 너비 (논문: 16). 단계 2와 3은 2배와 4배.</translation>
    </message>
</context>
<context>
    <name>help.resnet.depth</name>
    <message>
        <location filename="../../explorer/core/config.py" line="506"/>
        <source>L = 6n + 2: n residual units of two 3x3 convs in each of 3 stages, plus the first conv and the classifier (ResNet-110: n = 18; ResNet-1202: n = 200).</source>
        <translation>L = 6n + 2: 3개 단계마다 3×3 합성곱 2개짜리 잔차 유닛 n개, 그리고 첫 합성곱과 분류기 (ResNet-110: n = 18, ResNet-1202: n = 200).</translation>
    </message>
</context>
<context>
    <name>help.resnet.shortcut</name>
    <message>
        <location filename="../../explorer/core/config.py" line="512"/>
        <source>Where a stage doubles the channels and halves the size: A = identity, subsampled and padded with zeros (no parameters; He et al.&apos;s choice on CIFAR); B = a 1x1 conv projection with BN there.</source>
        <translation>단계가 채널을 두 배로, 크기를 절반으로 바꾸는 곳의 숏컷: A = 항등 사상을 서브샘플링하고 0으로 채움 (파라미터 없음, He et al.이 CIFAR에서 택한 방식); B = 그곳에 BN을 둔 1×1 합성곱 사영.</translation>
    </message>
</context>
<context>
    <name>help.resnet.survival_last</name>
    <message>
        <location filename="../../explorer/core/config.py" line="516"/>
        <source>Stochastic depth (training only): p_L, the chance that the last residual unit runs in a training step; unit l of L runs with 1 - (l/L)(1 - p_L). At test time every unit runs, scaled by its p_l. 1 = off (a plain ResNet); Huang et al. use 0.5.</source>
        <translation>확률적 깊이 (학습 때만): p_L은 마지막 잔차 유닛이 학습 스텝에서 실행될 확률입니다. L개 중 유닛 l은 1 - (l/L)(1 - p_L)의 확률로 실행됩니다. 테스트 때는 모든 유닛이 실행되고 각자의 p_l로 스케일됩니다. 1 = 끔 (보통의 ResNet); Huang et al.은 0.5를 씁니다.</translation>
    </message>
</context>
<context>
    <name>help.resnet.width</name>
    <message>
        <location filename="../../explorer/core/config.py" line="510"/>
        <source>Channels of stage 1; stages 2 and 3 have 2x and 4x as many (16/32/64 in the paper).</source>
        <translation>단계 1의 채널 수. 단계 2와 3은 그 2배와 4배입니다 (논문: 16/32/64).</translation>
    </message>
</context>
<context>
    <name>help.wide_resnet.depth</name>
    <message>
        <location filename="../../explorer/core/config.py" line="637"/>
        <source>d = 6n + 4: n units of two 3x3 convs per stage; the first conv, the 1x1 projections and the classifier make up the 4 (WRN-16: n = 2, WRN-28: n = 4).</source>
        <translation>d = 6n + 4: 단계마다 3×3 합성곱 2개짜리 유닛 n개. 첫 합성곱, 1×1 사영들과 분류기가 4를 이룹니다 (WRN-16: n = 2, WRN-28: n = 4).</translation>
    </message>
</context>
<context>
    <name>help.wide_resnet.drop_rate</name>
    <message>
        <location filename="../../explorer/core/config.py" line="643"/>
        <source>Dropout between the two convs of each unit (the paper uses 0.3 on CIFAR, 0.4 on SVHN).</source>
        <translation>각 유닛의 두 합성곱 사이의 드롭아웃 (논문: CIFAR 0.3, SVHN 0.4).</translation>
    </message>
</context>
<context>
    <name>help.wide_resnet.widen_factor</name>
    <message>
        <location filename="../../explorer/core/config.py" line="641"/>
        <source>k: stage widths are 16k, 32k, 64k (k = 1 is a thin pre-activation ResNet).</source>
        <translation>k: 단계 너비는 16k, 32k, 64k입니다 (k = 1이면 얇은 사전 활성화 ResNet).</translation>
    </message>
</context>
<context>
    <name>inference.class</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="75"/>
        <source>class {i}</source>
        <translation>클래스 {i}</translation>
    </message>
</context>
<context>
    <name>inference.classes_mismatch</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="77"/>
        <source>does not match the network&apos;s {n} outputs</source>
        <translation>네트워크의 출력 {n}개와 맞지 않습니다</translation>
    </message>
</context>
<context>
    <name>inference.crop</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="175"/>
        <source>{crop}x{crop} from the middle</source>
        <translation>가운데에서 {crop}×{crop}</translation>
    </message>
</context>
<context>
    <name>inference.no_maps</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="387"/>
        <source>does not output feature maps</source>
        <translation>특징 맵을 출력하지 않습니다</translation>
    </message>
</context>
<context>
    <name>inference.no_maps_gives</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="331"/>
        <source>does not output feature maps (it gives {what})</source>
        <translation>특징 맵을 출력하지 않습니다 (출력: {what})</translation>
    </message>
</context>
<context>
    <name>inference.normalise</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="185"/>
        <source>(x − mean {mean}) / std {std}; range {lo} to {hi}, shown stretched</source>
        <translation>(x − 평균 {mean}) / 표준편차 {std}; 범위 {lo}~{hi}, 늘려서 표시</translation>
    </message>
</context>
<context>
    <name>inference.not_a_class</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="370"/>
        <source>is not a class of this network</source>
        <translation>이 네트워크의 클래스가 아닙니다</translation>
    </message>
</context>
<context>
    <name>inference.not_a_layer</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="301"/>
        <location filename="../../explorer/core/inference.py" line="366"/>
        <source>is not a layer of this network</source>
        <translation>이 네트워크의 층이 아닙니다</translation>
    </message>
</context>
<context>
    <name>inference.not_finite</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="223"/>
        <source>gives outputs that are not finite (NaN or infinity) for this image: its weights are not usable</source>
        <translation>이 이미지에 대해 유한하지 않은 출력(NaN 또는 무한대)을 냅니다: 가중치를 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>inference.nothing</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="332"/>
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
</context>
<context>
    <name>inference.resize</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="165"/>
        <source>{w}x{h} → {nw}x{nh} (shorter side {short})</source>
        <translation>{w}×{h} → {nw}×{nh} (짧은 변 {short})</translation>
    </message>
</context>
<context>
    <name>inference.stats_count</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="62"/>
        <source>has {n} values for a {channels}-channel network</source>
        <translation>값이 {n}개인데 네트워크는 {channels}채널입니다</translation>
    </message>
</context>
<context>
    <name>layer.conv3</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="34"/>
        <source>Conv 3x3</source>
        <translation>3×3 합성곱</translation>
    </message>
</context>
<context>
    <name>layer.conv7_s2</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="33"/>
        <source>Conv 7x7, stride 2</source>
        <translation>7×7 합성곱, 스트라이드 2</translation>
    </message>
</context>
<context>
    <name>layer.dense</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="37"/>
        <source>BN-ReLU-Conv(3x3)</source>
        <translation>BN-ReLU-합성곱(3×3)</translation>
    </message>
</context>
<context>
    <name>layer.dense_bottleneck</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="36"/>
        <source>BN-ReLU-Conv(1x1)-BN-ReLU-Conv(3x3)</source>
        <translation>BN-ReLU-합성곱(1×1)-BN-ReLU-합성곱(3×3)</translation>
    </message>
</context>
<context>
    <name>layer.fractal_pool</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="54"/>
        <source>Max pool 2x2 (after the block&apos;s last join)</source>
        <translation>2×2 최대 풀링 (블록의 마지막 결합 뒤)</translation>
    </message>
</context>
<context>
    <name>layer.fractal_unit</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="51"/>
        <source>Conv3x3-BN-ReLU (column {column} of {columns}, unit {unit} of {units})</source>
        <translation>합성곱3×3-BN-ReLU (열 {columns}개 중 {column}번째, 유닛 {units}개 중 {unit}번째)</translation>
    </message>
</context>
<context>
    <name>layer.fractal_unit_dropout</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="52"/>
        <source>Conv3x3-Dropout-BN-ReLU (column {column} of {columns}, unit {unit} of {units})</source>
        <translation>합성곱3×3-드롭아웃-BN-ReLU (열 {columns}개 중 {column}번째, 유닛 {units}개 중 {unit}번째)</translation>
    </message>
</context>
<context>
    <name>layer.head</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="41"/>
        <source>Global average pool, Linear</source>
        <translation>전역 평균 풀링, 선형 층</translation>
    </message>
</context>
<context>
    <name>layer.head_norm</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="39"/>
        <source>BN, then ReLU and global average pool</source>
        <translation>BN, 이어서 ReLU와 전역 평균 풀링</translation>
    </message>
</context>
<context>
    <name>layer.identity_a</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="44"/>
        <source> (zero-padded identity, option A)</source>
        <translation> (0으로 채운 항등 사상, 옵션 A)</translation>
    </message>
</context>
<context>
    <name>layer.linear</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="40"/>
        <source>Linear</source>
        <translation>선형 층</translation>
    </message>
</context>
<context>
    <name>layer.maxpool3_s2</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="35"/>
        <source>Max pool 3x3, stride 2</source>
        <translation>3×3 최대 풀링, 스트라이드 2</translation>
    </message>
</context>
<context>
    <name>layer.plain</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="46"/>
        <source>Conv3x3-BN-ReLU-Conv3x3-BN-ReLU (no shortcut)</source>
        <translation>합성곱3×3-BN-ReLU-합성곱3×3-BN-ReLU (숏컷 없음)</translation>
    </message>
</context>
<context>
    <name>layer.preact</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="48"/>
        <source>BN-ReLU-Conv3x3-BN-ReLU-Conv3x3, + shortcut</source>
        <translation>BN-ReLU-합성곱3×3-BN-ReLU-합성곱3×3, + 숏컷</translation>
    </message>
</context>
<context>
    <name>layer.preact_bottleneck</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="47"/>
        <source>BN-ReLU-Conv1x1-BN-ReLU-Conv3x3-BN-ReLU-Conv1x1, + shortcut</source>
        <translation>BN-ReLU-합성곱1×1-BN-ReLU-합성곱3×3-BN-ReLU-합성곱1×1, + 숏컷</translation>
    </message>
</context>
<context>
    <name>layer.preact_dropout</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="49"/>
        <source>BN-ReLU-Conv3x3-Dropout-BN-ReLU-Conv3x3, + shortcut</source>
        <translation>BN-ReLU-합성곱3×3-드롭아웃-BN-ReLU-합성곱3×3, + 숏컷</translation>
    </message>
</context>
<context>
    <name>layer.projection</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="50"/>
        <source> (1x1 projection)</source>
        <translation> (1×1 사영)</translation>
    </message>
</context>
<context>
    <name>layer.projection_b</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="43"/>
        <source> (1x1 projection, option B)</source>
        <translation> (1×1 사영, 옵션 B)</translation>
    </message>
</context>
<context>
    <name>layer.residual</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="42"/>
        <source>Conv3x3-BN-ReLU-Conv3x3-BN, + shortcut, ReLU</source>
        <translation>합성곱3×3-BN-ReLU-합성곱3×3-BN, + 숏컷, ReLU</translation>
    </message>
</context>
<context>
    <name>layer.survival</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="45"/>
        <source>; stochastic depth: runs with p_l = {p} in training</source>
        <translation>; 확률적 깊이: 학습 때 p_l = {p}의 확률로 실행</translation>
    </message>
</context>
<context>
    <name>layer.transition</name>
    <message>
        <location filename="../../explorer/core/ledger.py" line="38"/>
        <source>BN-ReLU-Conv(1x1)-AvgPool(2x2)</source>
        <translation>BN-ReLU-합성곱(1×1)-평균 풀링(2×2)</translation>
    </message>
</context>
<context>
    <name>method.fractal_drop</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="57"/>
        <source>FractalNet with Dropout/Drop-path</source>
        <translation>FractalNet, 드롭아웃/드롭패스 사용</translation>
    </message>
</context>
<context>
    <name>method.preact</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="49"/>
        <source>ResNet (pre-activation)</source>
        <translation>ResNet (사전 활성화)</translation>
    </message>
</context>
<context>
    <name>method.resnet_huang</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="59"/>
        <source>ResNet (reported by Huang et al. 2016)</source>
        <translation>ResNet (Huang et al. 2016의 보고)</translation>
    </message>
</context>
<context>
    <name>method.resnet_sd</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="47"/>
        <source>ResNet with Stochastic Depth</source>
        <translation>ResNet, 확률적 깊이 사용</translation>
    </message>
</context>
<context>
    <name>method.wide</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="48"/>
        <source>Wide ResNet</source>
        <translation>와이드 ResNet</translation>
    </message>
</context>
<context>
    <name>method.wide_dropout</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="64"/>
        <source>Wide ResNet with Dropout</source>
        <translation>와이드 ResNet, 드롭아웃 사용</translation>
    </message>
</context>
<context>
    <name>note.densenet264</name>
    <message>
        <location filename="../../explorer/core/config.py" line="956"/>
        <source>Counted as the paper counts DenseNet-121 (2 convs per layer, transitions, first conv, classifier), this network has 265 layers; the paper&apos;s name says 264.</source>
        <translation>논문이 DenseNet-121을 세는 방식(층마다 합성곱 2개, 전이 층, 첫 합성곱, 분류기)으로 세면 이 네트워크는 265층입니다. 논문의 이름은 264입니다.</translation>
    </message>
</context>
<context>
    <name>note.fractalnet</name>
    <message>
        <location filename="../../explorer/core/config.py" line="973"/>
        <source>Built as Larsson et al. describe it for CIFAR (B = 5 blocks, C = 3 columns, 64/128/256/512/512 channels, 3x3 conv-BN-ReLU units, mean joins, 2x2 max pools, one linear classifier), the 20-layer FractalNet has 33.7M parameters; Larsson et al. print 38.6M, and the DenseNet table copies it. Their paper does not say what the other 4.9M are. The table counts 21 layers: the 20 convs of the deepest path and the classifier.</source>
        <translation>Larsson et al.이 CIFAR용으로 설명한 대로 만들면 (블록 B = 5개, 열 C = 3개, 채널 64/128/256/512/512, 3×3 합성곱-BN-ReLU 유닛, 평균 결합, 2×2 최대 풀링, 선형 분류기 하나) 20층 FractalNet의 파라미터는 33.7M입니다. Larsson et al.은 38.6M으로 적었고 DenseNet 표가 그 수를 옮겼습니다. 나머지 4.9M이 무엇인지는 그 논문에 나오지 않습니다. 표는 가장 깊은 경로의 합성곱 20개와 분류기를 합쳐 21층으로 셉니다.</translation>
    </message>
</context>
<context>
    <name>note.plain</name>
    <message>
        <location filename="../../explorer/core/config.py" line="984"/>
        <source>He et al.&apos;s plain counterpart: the ResNet of the same depth without shortcuts, so exactly its parameters (option A shortcuts have none). Not in the DenseNet table.</source>
        <translation>He et al.의 플레인 네트워크: 같은 깊이의 ResNet에서 숏컷만 뺀 것이라 파라미터 수가 정확히 같습니다 (옵션 A 숏컷에는 파라미터가 없음). DenseNet 표에는 없습니다.</translation>
    </message>
</context>
<context>
    <name>note.preact1001</name>
    <message>
        <location filename="../../explorer/core/config.py" line="979"/>
        <source>Built as He et al. (2016b) describe it (n = 111 bottleneck units per stage, widths 16/32/64, 4x expansion, 1x1 projections where the shape changes) it has 10.33M parameters, 10.3M at the table&apos;s rounding. The table&apos;s 10.2M is the count without the batch-norm scales and shifts (10.18M of conv and linear weights); both are shown.</source>
        <translation>He et al. (2016b)이 설명한 대로 만들면 (단계마다 병목 유닛 n = 111개, 너비 16/32/64, 4배 확장, 모양이 바뀌는 곳에 1×1 사영) 파라미터는 10.33M, 표의 반올림으로 10.3M입니다. 표의 10.2M은 배치 정규화의 스케일과 시프트를 뺀 수(합성곱과 선형 층 가중치 10.18M)입니다. 둘 다 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>note.resnet1202</name>
    <message>
        <location filename="../../explorer/core/config.py" line="969"/>
        <source>He et al.&apos;s 1202-layer CIFAR ResNet (n = 200 units per stage, 16/32/64 channels) has 19.4M parameters, as He et al. report; the DenseNet table prints 10.2M, the figure of the 1001-layer pre-activation ResNet below it, most likely copied by mistake. The architecture&apos;s count is shown beside the table&apos;s.</source>
        <translation>He et al.의 1202층 CIFAR ResNet (단계마다 유닛 n = 200개, 채널 16/32/64)의 파라미터는 He et al.이 보고한 대로 19.4M입니다. DenseNet 표는 10.2M으로 적었는데, 바로 아래 1001층 사전 활성화 ResNet의 수치를 잘못 옮긴 것으로 보입니다. 구조로 센 수를 표의 수 옆에 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>pattern.chain</name>
    <message>
        <location filename="../../explorer/core/compare.py" line="34"/>
        <source>chain: x_l = H_l(x_l−1)</source>
        <translation>체인: x_l = H_l(x_l−1)</translation>
    </message>
</context>
<context>
    <name>pattern.dense</name>
    <message>
        <location filename="../../explorer/core/compare.py" line="36"/>
        <source>dense concatenation: x_l = H_l([x_0, …, x_l−1])</source>
        <translation>밀집 연결(이어 붙이기): x_l = H_l([x_0, …, x_l−1])</translation>
    </message>
</context>
<context>
    <name>pattern.fractal</name>
    <message>
        <location filename="../../explorer/core/compare.py" line="37"/>
        <source>fractal: columns joined by their mean</source>
        <translation>프랙탈: 열들을 평균으로 결합</translation>
    </message>
</context>
<context>
    <name>pattern.residual</name>
    <message>
        <location filename="../../explorer/core/compare.py" line="35"/>
        <source>residual sum: x_l = H_l(x_l−1) + x_l−1</source>
        <translation>잔차 합: x_l = H_l(x_l−1) + x_l−1</translation>
    </message>
</context>
<context>
    <name>preset.fractal_drop</name>
    <message>
        <location filename="../../explorer/core/config.py" line="1031"/>
        <source>FractalNet with Dropout/Drop-path, L={depth}</source>
        <translation>FractalNet, 드롭아웃/드롭패스 사용, L={depth}</translation>
    </message>
</context>
<context>
    <name>preset.plain</name>
    <message>
        <location filename="../../explorer/core/config.py" line="992"/>
        <source>Plain net, L={depth}</source>
        <translation>플레인 네트워크, L={depth}</translation>
    </message>
</context>
<context>
    <name>preset.preact</name>
    <message>
        <location filename="../../explorer/core/config.py" line="1000"/>
        <source>ResNet (pre-activation), L={depth}</source>
        <translation>ResNet (사전 활성화), L={depth}</translation>
    </message>
</context>
<context>
    <name>preset.resnet_sd</name>
    <message>
        <location filename="../../explorer/core/config.py" line="996"/>
        <source>ResNet with Stochastic Depth, L={depth}</source>
        <translation>ResNet, 확률적 깊이 사용, L={depth}</translation>
    </message>
</context>
<context>
    <name>preset.wide</name>
    <message>
        <location filename="../../explorer/core/config.py" line="1004"/>
        <source>Wide ResNet, L={depth} (k={k})</source>
        <translation>와이드 ResNet, L={depth} (k={k})</translation>
    </message>
</context>
<context>
    <name>preset.wrn_dropout</name>
    <message>
        <location filename="../../explorer/core/config.py" line="1023"/>
        <source>Wide ResNet with Dropout, L={depth} (k={k})</source>
        <translation>와이드 ResNet, 드롭아웃 사용, L={depth} (k={k})</translation>
    </message>
</context>
<context>
    <name>pretrained.download_failed</name>
    <message>
        <location filename="../../explorer/core/pretrained.py" line="136"/>
        <source>{name}: downloading {url} failed ({error}); pick the weights file ({file}) instead</source>
        <translation>{name}: {url} 내려받기에 실패했습니다 ({error}). 대신 가중치 파일({file})을 고르세요</translation>
    </message>
</context>
<context>
    <name>pretrained.mismatch</name>
    <message>
        <location filename="../../explorer/core/pretrained.py" line="193"/>
        <source>{file}: does not fit {name}: {detail}</source>
        <translation>{file}: {name}에 맞지 않습니다: {detail}</translation>
    </message>
</context>
<context>
    <name>pretrained.missing</name>
    <message>
        <location filename="../../explorer/core/pretrained.py" line="183"/>
        <source>missing {n} (e.g. {key})</source>
        <translation>빠진 키 {n}개 (예: {key})</translation>
    </message>
</context>
<context>
    <name>pretrained.no_state_dict</name>
    <message>
        <location filename="../../explorer/core/pretrained.py" line="116"/>
        <source>{file}: holds no state_dict (a mapping of parameter names to tensors)</source>
        <translation>{file}: state_dict(파라미터 이름에서 텐서로의 매핑)가 없습니다</translation>
    </message>
</context>
<context>
    <name>pretrained.not_cached</name>
    <message>
        <location filename="../../explorer/core/pretrained.py" line="162"/>
        <source>{name}: no ImageNet weights in torch hub&apos;s cache ({folder}); pick the file {file}, or allow a download (online)</source>
        <translation>{name}: torch 허브 캐시({folder})에 ImageNet 가중치가 없습니다. {file} 파일을 고르거나 내려받기를 허용하세요 (온라인)</translation>
    </message>
</context>
<context>
    <name>pretrained.unexpected</name>
    <message>
        <location filename="../../explorer/core/pretrained.py" line="185"/>
        <source>unexpected {n} (e.g. {key})</source>
        <translation>예상하지 못한 키 {n}개 (예: {key})</translation>
    </message>
</context>
<context>
    <name>pretrained.unknown</name>
    <message>
        <location filename="../../explorer/core/pretrained.py" line="54"/>
        <source>has no ImageNet weights in torchvision</source>
        <translation>torchvision에 ImageNet 가중치가 없습니다</translation>
    </message>
</context>
<context>
    <name>pretrained.wrong_keys</name>
    <message>
        <location filename="../../explorer/core/pretrained.py" line="187"/>
        <source>{file}: is not a {name} state_dict: {hint}</source>
        <translation>{file}: {name}의 state_dict가 아닙니다: {hint}</translation>
    </message>
</context>
<context>
    <name>range.at_least</name>
    <message>
        <location filename="../../explorer/core/config.py" line="400"/>
        <source>at least {n}</source>
        <translation>{n} 이상</translation>
    </message>
</context>
<context>
    <name>range.at_most_digits</name>
    <message>
        <location filename="../../explorer/core/config.py" line="851"/>
        <location filename="../../explorer/core/config.py" line="894"/>
        <source>at most {n} digits</source>
        <translation>최대 {n}자리</translation>
    </message>
</context>
<context>
    <name>range.blocks</name>
    <message>
        <location filename="../../explorer/core/config.py" line="404"/>
        <source>1 to {max} blocks</source>
        <translation>블록 1~{max}개</translation>
    </message>
</context>
<context>
    <name>range.bool</name>
    <message>
        <location filename="../../explorer/core/config.py" line="171"/>
        <source>true, false</source>
        <translation>참, 거짓</translation>
    </message>
</context>
<context>
    <name>range.each_once</name>
    <message>
        <location filename="../../explorer/core/config.py" line="842"/>
        <source>each field once</source>
        <translation>필드마다 한 번</translation>
    </message>
</context>
<context>
    <name>range.eg</name>
    <message>
        <location filename="../../explorer/core/config.py" line="891"/>
        <location filename="../../explorer/core/inference.py" line="367"/>
        <location filename="../../explorer/core/inference.py" line="388"/>
        <source>e.g. {example}</source>
        <translation>예: {example}</translation>
    </message>
</context>
<context>
    <name>range.eg_float</name>
    <message>
        <location filename="../../explorer/core/config.py" line="905"/>
        <source>e.g. 0.1 or 1e-4</source>
        <translation>예: 0.1 또는 1e-4</translation>
    </message>
</context>
<context>
    <name>range.finite_weights</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="226"/>
        <source>weights from a run that did not diverge</source>
        <translation>발산하지 않은 실행의 가중치</translation>
    </message>
</context>
<context>
    <name>range.flat_json</name>
    <message>
        <location filename="../../explorer/core/config.py" line="866"/>
        <source>a flat JSON object of fields</source>
        <translation>필드로 이루어진 평평한 JSON 객체</translation>
    </message>
</context>
<context>
    <name>range.int</name>
    <message>
        <location filename="../../explorer/core/config.py" line="143"/>
        <location filename="../../explorer/core/inference.py" line="218"/>
        <location filename="../../explorer/core/inference.py" line="371"/>
        <source>{lo} to {hi}</source>
        <translation>{lo}~{hi}</translation>
    </message>
</context>
<context>
    <name>range.int_list</name>
    <message>
        <location filename="../../explorer/core/config.py" line="883"/>
        <source>whole numbers separated by commas, e.g. 16,16,16</source>
        <translation>쉼표로 구분한 정수, 예: 16,16,16</translation>
    </message>
</context>
<context>
    <name>range.map_layers</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="333"/>
        <source>a convolution, dense layer, block or transition</source>
        <translation>합성곱, 밀집 층, 블록 또는 전이 층</translation>
    </message>
</context>
<context>
    <name>range.nearest1</name>
    <message>
        <location filename="../../explorer/core/config.py" line="411"/>
        <source>nearest {a}</source>
        <translation>가장 가까운 값 {a}</translation>
    </message>
</context>
<context>
    <name>range.nearest2</name>
    <message>
        <location filename="../../explorer/core/config.py" line="410"/>
        <source>nearest {a} or {b}</source>
        <translation>가장 가까운 값 {a} 또는 {b}</translation>
    </message>
</context>
<context>
    <name>range.none</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="302"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>range.numbers</name>
    <message>
        <location filename="../../explorer/core/config.py" line="925"/>
        <source>1 to {n} numbers</source>
        <translation>숫자 1~{n}개</translation>
    </message>
</context>
<context>
    <name>range.required</name>
    <message>
        <location filename="../../explorer/core/config.py" line="818"/>
        <source>required</source>
        <translation>필수</translation>
    </message>
</context>
<context>
    <name>range.values</name>
    <message>
        <location filename="../../explorer/core/inference.py" line="64"/>
        <source>{n} values</source>
        <translation>값 {n}개</translation>
    </message>
</context>
<context>
    <name>reference.label</name>
    <message>
        <location filename="../../explorer/core/reference.py" line="39"/>
        <source>{method} (L={depth})</source>
        <translation>{method} (L={depth})</translation>
    </message>
</context>
<context>
    <name>stem.cifar</name>
    <message>
        <location filename="../../explorer/core/config.py" line="201"/>
        <source>cifar</source>
        <translation>CIFAR</translation>
    </message>
</context>
<context>
    <name>stem.imagenet</name>
    <message>
        <location filename="../../explorer/core/config.py" line="201"/>
        <source>imagenet</source>
        <translation>ImageNet</translation>
    </message>
</context>
<context>
    <name>title.plain</name>
    <message>
        <location filename="../../explorer/core/config.py" line="493"/>
        <source>Plain-{depth} (no shortcuts)</source>
        <translation>플레인-{depth} (숏컷 없음)</translation>
    </message>
</context>
<context>
    <name>title.preact</name>
    <message>
        <location filename="../../explorer/core/config.py" line="624"/>
        <source>Pre-activation ResNet-{depth}</source>
        <translation>사전 활성화 ResNet-{depth}</translation>
    </message>
</context>
<context>
    <name>title.preact_bottleneck</name>
    <message>
        <location filename="../../explorer/core/config.py" line="623"/>
        <source>Pre-activation ResNet-{depth} (bottleneck)</source>
        <translation>사전 활성화 ResNet-{depth} (병목)</translation>
    </message>
</context>
<context>
    <name>title.resnet_sd</name>
    <message>
        <location filename="../../explorer/core/config.py" line="557"/>
        <source>ResNet-{depth} with stochastic depth (p_L={p})</source>
        <translation>ResNet-{depth}, 확률적 깊이 (p_L={p})</translation>
    </message>
</context>
<context>
    <name>title.wrn_dropout</name>
    <message>
        <location filename="../../explorer/core/config.py" line="684"/>
        <source>WRN-{depth}-{k} (dropout {p})</source>
        <translation>WRN-{depth}-{k} (드롭아웃 {p})</translation>
    </message>
</context>
<context>
    <name>train.completed</name>
    <message>
        <location filename="../../explorer/core/training.py" line="584"/>
        <source>trained {epochs} epochs</source>
        <translation>{epochs}에포크 학습했습니다</translation>
    </message>
</context>
<context>
    <name>train.diverged</name>
    <message>
        <location filename="../../explorer/core/training.py" line="655"/>
        <source>the loss became {loss} at epoch {epoch}, batch {batch}: training stopped. Try a smaller learning rate (lr = {lr}).</source>
        <translation>에포크 {epoch}, 배치 {batch}에서 손실이 {loss}가 되어 학습을 멈췄습니다. 더 작은 학습률을 써 보세요 (학습률 = {lr}).</translation>
    </message>
</context>
<context>
    <name>train.done_all</name>
    <message>
        <location filename="../../explorer/core/training.py" line="544"/>
        <source>already trained {n} of {total} epochs; nothing to do</source>
        <translation>이미 {total}에포크 중 {n}에포크를 학습했습니다. 할 일이 없습니다</translation>
    </message>
</context>
<context>
    <name>train.done_more</name>
    <message>
        <location filename="../../explorer/core/training.py" line="546"/>
        <source>already trained {n} epochs, more than the {total} asked for; nothing to do</source>
        <translation>이미 {n}에포크를 학습해 요청한 {total}에포크보다 많습니다. 할 일이 없습니다</translation>
    </message>
</context>
<context>
    <name>train.stopped_at</name>
    <message>
        <location filename="../../explorer/core/training.py" line="675"/>
        <source>stopped at epoch {epoch}, batch {batch}</source>
        <translation>에포크 {epoch}, 배치 {batch}에서 멈췄습니다</translation>
    </message>
</context>
</TS>
